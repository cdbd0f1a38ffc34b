/*
 * ticker: computes without system calls, printing "tick N" every few million loop
 * iterations (its writes are buffered output, not calls the kernel answers), until the
 * number of ticks asked for (default: forever).
 */
#include <stdio.h>
#include <stdlib.h>

volatile unsigned long sink;

int main(int argc, char **argv) {
  long ticks = argc > 1 ? atol(argv[1]) : -1;
  for (long n = 1; ticks < 0 || n <= ticks; n++) {
    for (unsigned long i = 0; i < 4000000; i++) sink += i;
    printf("tick %ld\n", n);
    fflush(stdout);
  }
  return 0;
}
