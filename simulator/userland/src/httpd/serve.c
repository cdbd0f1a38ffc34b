#include "serve.h"

#include "children.h"

#include <gorae_sys.h>

static const int caught[] = {G_SIGTERM, G_SIGINT, G_SIGWINCH, G_SIGHUP, G_SIGUSR1, G_SIGCHLD};

void serve_catch_signals(void) {
  for (unsigned i = 0; i < sizeof caught / sizeof caught[0]; i++) gorae_signal(caught[i], G_SIG_CATCH);
}

int serve_until_signal(void) {
  for (;;) {
    int sig = gorae_sigtake();
    if (sig == G_SIGCHLD) {
      children_reap();
      continue;
    }
    if (sig > 0) return sig;
    int32_t status = 0;
    int pid = children_count() > 0 ? gorae_wait(-1, &status, 0) : gorae_pause();
    if (pid > 0) children_ended(pid, status);
  }
}
