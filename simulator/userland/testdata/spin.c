/* spin: never returns and makes no system call, so only SIGKILL can stop it. */
int main(void) {
  volatile unsigned long n = 0;
  for (;;) n++;
}
