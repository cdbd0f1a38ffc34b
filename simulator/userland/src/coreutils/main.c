/* coreutils: GNU coreutils 9.1's programs in one module, hard-linked under each name. */
#include "applets.h"
#include "gorae_sys.h"

int main(int argc, char **argv) {
  g_enter_cwd();
  return applet_main(argc, argv);
}
