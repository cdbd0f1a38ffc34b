/* dash: the shell in its dash flavour (Debian's /bin/sh). */
#include "gorae_sys.h"
#include "shell.h"

int main(int argc, char **argv) {
  g_enter_cwd();
  return shell_main(argc, argv, SHELL_DASH);
}
