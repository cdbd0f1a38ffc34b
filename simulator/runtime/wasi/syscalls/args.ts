/** args_* and environ_*: argv and the environment, as NUL-terminated UTF-8 strings. */
import type { SyscallTable, WasiContext } from '../context';
import { Errno } from '../errno';
import { encodeStrings, type EncodedStrings } from '../memory';

function stringsSyscalls(ctx: WasiContext, strings: EncodedStrings): [get: SyscallTable[string], sizes: SyscallTable[string]] {
  const get = (ptrs: number, buf: number): number => {
    let at = buf;
    strings.items.forEach((item, i) => {
      ctx.mem.setU32(ptrs + i * 4, at);
      ctx.mem.bytes(at, item.length).set(item);
      at += item.length;
    });
    return Errno.SUCCESS;
  };
  const sizes = (countPtr: number, sizePtr: number): number => {
    ctx.mem.setU32(countPtr, strings.items.length);
    ctx.mem.setU32(sizePtr, strings.size);
    return Errno.SUCCESS;
  };
  return [get, sizes];
}

export function argsSyscalls(ctx: WasiContext): SyscallTable {
  const [args_get, args_sizes_get] = stringsSyscalls(ctx, encodeStrings(ctx.kernel.args));
  const [environ_get, environ_sizes_get] = stringsSyscalls(ctx, encodeStrings(ctx.kernel.env));
  return { args_get, args_sizes_get, environ_get, environ_sizes_get };
}
