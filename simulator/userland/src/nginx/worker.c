#include "worker.h"

#include "log.h"

#include <gorae_sys.h>

int worker_run(void) {
  gorae_signal(G_SIGQUIT, G_SIG_CATCH);
  gorae_signal(G_SIGTERM, G_SIG_CATCH);
  gorae_signal(G_SIGINT, G_SIG_CATCH);
  gorae_signal(G_SIGUSR1, G_SIG_CATCH);
  gorae_signal(G_SIGHUP, G_SIG_IGN);
  gorae_signal(G_SIGWINCH, G_SIG_IGN);
  for (;;) {
    int sig = gorae_sigtake();
    if (sig == 0) {
      gorae_pause();
      continue;
    }
    switch (sig) {
    case G_SIGQUIT:
      ngx_log("notice", "gracefully shutting down");
      ngx_log("notice", "exiting");
      ngx_log("notice", "exit");
      return 0;
    case G_SIGTERM:
    case G_SIGINT:
      ngx_log("notice", "exiting");
      ngx_log("notice", "exit");
      return 0;
    case G_SIGUSR1:
      ngx_log("notice", "reopening logs");
      break;
    default: break;
    }
  }
}
