/* busybox: BusyBox 1.37's multi-call binary, as alpine and the busybox image carry it. */
#include "applets.h"
#include "gorae_sys.h"

int main(int argc, char **argv) {
  g_enter_cwd();
  return applet_main(argc, argv);
}
