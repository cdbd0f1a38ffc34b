/*
 * alloc: takes memory a mebibyte at a time, touching every page, until malloc fails
 * (then says how far it got and exits 1) or until it holds the number of MiB asked for.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Where the blocks go, so the compiler cannot drop the allocations. */
char *volatile blocks[4096];

int main(int argc, char **argv) {
  long want = argc > 1 ? atol(argv[1]) : 1L << 20;
  long got = 0;
  while (got < want) {
    char *block = malloc(1 << 20);
    if (!block) {
      fprintf(stderr, "alloc: out of memory after %ld MiB\n", got);
      return 1;
    }
    memset(block, 1, 1 << 20);
    blocks[got % 4096] = block;
    got++;
  }
  printf("alloc: holding %ld MiB\n", got);
  return 0;
}
