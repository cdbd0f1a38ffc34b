/* trap: aborts (a WebAssembly trap), the way a crashing program ends. */
#include <stdlib.h>

int main(void) {
  abort();
}
