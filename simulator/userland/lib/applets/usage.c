/* Usage texts: BusyBox 1.37 ("Usage: NAME " + text) and GNU coreutils 9.1 (--help). */
#include <string.h>

#include "lib.h"

struct usage {
  const char *name;
  const char *text;
};

#ifndef GNU_STYLE
static const struct usage usages[] = {
  {"arch",
    "\n"
    "\n"
    "Print system architecture"},
  {"awk",
    "[OPTIONS] [AWK_PROGRAM] [FILE]...\n"
    "\n"
    "\t-v VAR=VAL\tSet variable\n"
    "\t-F SEP\t\tUse SEP as field separator\n"
    "\t-f FILE\t\tRead program from FILE\n"
    "\t-e AWK_PROGRAM"},
  {"base64",
    "[-d] [-w COL] [FILE]\n"
    "\n"
    "Base64 encode or decode FILE to standard output\n"
    "\n"
    "\t-d\tDecode data\n"
    "\t-w COL\tWrap lines at COL (default 76, 0 disables)"},
  {"basename",
    "FILE [SUFFIX] | -a FILE... | -s SUFFIX FILE...\n"
    "\n"
    "Strip directory path and SUFFIX from FILE\n"
    "\n"
    "\t-a\t\tAll arguments are FILEs\n"
    "\t-s SUFFIX\tRemove SUFFIX (implies -a)"},
  {"cal",
    "[-jmy] [[MONTH] YEAR]\n"
    "\n"
    "Display a calendar\n"
    "\n"
    "\t-j\tUse julian dates\n"
    "\t-m\tWeek starts on Monday\n"
    "\t-y\tDisplay the entire year"},
  {"cat",
    "[-nbvteA] [FILE]...\n"
    "\n"
    "Print FILEs to stdout\n"
    "\n"
    "\t-n\tNumber output lines\n"
    "\t-b\tNumber nonempty lines\n"
    "\t-v\tShow nonprinting characters as ^x or M-x\n"
    "\t-t\t...and tabs as ^I\n"
    "\t-e\t...and end lines with $\n"
    "\t-A\tSame as -vte"},
  {"chgrp",
    "[-RhLHPcvf]... GROUP FILE...\n"
    "\n"
    "Change the group membership of FILEs to GROUP\n"
    "\n"
    "\t-h\tAffect symlinks instead of symlink targets\n"
    "\t-L\tTraverse all symlinks to directories\n"
    "\t-H\tTraverse symlinks on command line only\n"
    "\t-P\tDon't traverse symlinks (default)\n"
    "\t-R\tRecurse\n"
    "\t-c\tList changed files\n"
    "\t-v\tVerbose\n"
    "\t-f\tHide errors"},
  {"chmod",
    "[-Rcvf] MODE[,MODE]... FILE...\n"
    "\n"
    "MODE is octal number (bit pattern sstrwxrwxrwx) or [ugoa]{+|-|=}[rwxXst]\n"
    "\n"
    "\t-R\tRecurse\n"
    "\t-c\tList changed files\n"
    "\t-v\tVerbose\n"
    "\t-f\tHide errors"},
  {"chown",
    "[-RhLHPcvf]... USER[:[GRP]] FILE...\n"
    "\n"
    "Change the owner and/or group of FILEs to USER and/or GRP\n"
    "\n"
    "\t-h\tAffect symlinks instead of symlink targets\n"
    "\t-L\tTraverse all symlinks to directories\n"
    "\t-H\tTraverse symlinks on command line only\n"
    "\t-P\tDon't traverse symlinks (default)\n"
    "\t-R\tRecurse\n"
    "\t-c\tList changed files\n"
    "\t-v\tVerbose\n"
    "\t-f\tHide errors"},
  {"cksum",
    "FILE...\n"
    "\n"
    "Calculate CRC32 checksum of FILEs"},
  {"clear",
    "\n"
    "\n"
    "Clear screen"},
  {"cmp",
    "[-ls] [-n NUM] FILE1 [FILE2 [SKIP1 [SKIP2]]]\n"
    "\n"
    "Compare FILE1 with FILE2 (or stdin)\n"
    "\n"
    "\t-l\tWrite the byte numbers (decimal) and values (octal)\n"
    "\t\tfor all differing bytes\n"
    "\t-s\tQuiet\n"
    "\t-n NUM\tCompare at most NUM bytes"},
  {"comm",
    "[-123] FILE1 FILE2\n"
    "\n"
    "Compare FILE1 with FILE2\n"
    "\n"
    "\t-1\tSuppress lines unique to FILE1\n"
    "\t-2\tSuppress lines unique to FILE2\n"
    "\t-3\tSuppress lines common to both files"},
  {"cp",
    "[-arPLHpfinlsTu] SOURCE DEST\n"
    "or: cp [-arPLHpfinlsu] SOURCE... { -t DIRECTORY | DIRECTORY }\n"
    "\n"
    "Copy SOURCEs to DEST\n"
    "\n"
    "\t-a\tSame as -dpR\n"
    "\t-R,-r\tRecurse\n"
    "\t-d,-P\tPreserve symlinks (default if -R)\n"
    "\t-L\tFollow all symlinks\n"
    "\t-H\tFollow symlinks on command line\n"
    "\t-p\tPreserve file attributes if possible\n"
    "\t-f\tOverwrite\n"
    "\t-i\tPrompt before overwrite\n"
    "\t-n\tDon't overwrite\n"
    "\t-l,-s\tCreate (sym)links\n"
    "\t-T\tRefuse to copy if DEST is a directory\n"
    "\t-t DIR\tCopy all SOURCEs into DIR\n"
    "\t-u\tCopy only newer files"},
  {"cut",
    "{-b|c LIST | -f|F LIST [-d SEP] [-s]} [-D] [-O SEP] [FILE]...\n"
    "\n"
    "Print selected fields from FILEs to stdout\n"
    "\n"
    "\t-b LIST\tOutput only bytes from LIST\n"
    "\t-c LIST\tOutput only characters from LIST\n"
    "\t-d SEP\tInput field delimiter (default -f TAB, -F run of whitespace)\n"
    "\t-O SEP\tOutput field delimeter (default = -d for -f, one space for -F)\n"
    "\t-D\tDon't sort/collate sections or match -fF lines without delimeter\n"
    "\t-f LIST\tPrint only these fields (-d is single char)\n"
    "\t-F LIST\tPrint only these fields (-d is regex)\n"
    "\t-s\tDrop lines with no delimiter (else print them in full)"},
  {"date",
    "[OPTIONS] [+FMT] [[-s] TIME]\n"
    "\n"
    "Display time (using +FMT), or set time\n"
    "\n"
    "\t-u\t\tWork in UTC (don't convert to local time)\n"
    "\t[-s] TIME\tSet time to TIME\n"
    "\t-d TIME\t\tDisplay TIME, not 'now'\n"
    "\t-D FMT\t\tFMT (strptime format) for -s/-d TIME conversion\n"
    "\t-r FILE\t\tDisplay last modification time of FILE\n"
    "\t-R\t\tOutput RFC-2822 date\n"
    "\t-I[SPEC]\tOutput ISO-8601 date\n"
    "\t\t\tSPEC=date (default), hours, minutes, seconds or ns\n"
    "\n"
    "Recognized TIME formats:\n"
    "\t@seconds_since_1970\n"
    "\thh:mm[:ss]\n"
    "\t[YYYY.]MM.DD-hh:mm[:ss]\n"
    "\tYYYY-MM-DD hh:mm[:ss]\n"
    "\t[[[[[YY]YY]MM]DD]hh]mm[.ss]\n"
    "\t'date TIME' form accepts MMDDhhmm[[YY]YY][.ss] instead"},
  {"df",
    "[-PkmhTai] [-B SIZE] [-t TYPE] [FILESYSTEM]...\n"
    "\n"
    "Print filesystem usage statistics\n"
    "\n"
    "\t-P\tPOSIX output format\n"
    "\t-k\t1024-byte blocks (default)\n"
    "\t-m\t1M-byte blocks\n"
    "\t-h\tHuman readable (e.g. 1K 243M 2G)\n"
    "\t-T\tPrint filesystem type\n"
    "\t-t TYPE\tPrint only mounts of this type\n"
    "\t-a\tShow all filesystems\n"
    "\t-i\tInodes\n"
    "\t-B SIZE\tBlocksize"},
  {"diff",
    "[-abBdiNqrTstw] [-L LABEL] [-S FILE] [-U LINES] FILE1 FILE2\n"
    "\n"
    "Compare files line by line and output the differences between them.\n"
    "This implementation supports unified diffs only.\n"
    "\n"
    "\t-a\tTreat all files as text\n"
    "\t-b\tIgnore changes in the amount of whitespace\n"
    "\t-B\tIgnore changes whose lines are all blank\n"
    "\t-d\tTry hard to find a smaller set of changes\n"
    "\t-i\tIgnore case differences\n"
    "\t-L\tUse LABEL instead of the filename in the unified header\n"
    "\t-N\tTreat absent files as empty\n"
    "\t-q\tOutput only whether files differ\n"
    "\t-r\tRecurse\n"
    "\t-S\tStart with FILE when comparing directories\n"
    "\t-T\tMake tabs line up by prefixing a tab when necessary\n"
    "\t-s\tReport when two files are the same\n"
    "\t-t\tExpand tabs to spaces in output\n"
    "\t-U\tOutput LINES lines of context\n"
    "\t-w\tIgnore all whitespace"},
  {"dirname",
    "FILENAME\n"
    "\n"
    "Strip non-directory suffix from FILENAME"},
  {"dnsdomainname",
    "\n"
    "\n"
    "Show DNS domain name"},
  {"dos2unix",
    "[-ud] [FILE]\n"
    "\n"
    "Convert FILE in-place from DOS to Unix format.\n"
    "When no file is given, use stdin/stdout.\n"
    "\n"
    "\t-u\tdos2unix\n"
    "\t-d\tunix2dos"},
  {"du",
    "[-aHLdclsxhmk] [FILE]...\n"
    "\n"
    "Summarize disk space used for FILEs (or directories)\n"
    "\n"
    "\t-a\tShow file sizes too\n"
    "\t-L\tFollow all symlinks\n"
    "\t-H\tFollow symlinks on command line\n"
    "\t-d N\tLimit output to directories (and files with -a) of depth < N\n"
    "\t-c\tShow grand total\n"
    "\t-l\tCount sizes many times if hard linked\n"
    "\t-s\tDisplay only a total for each argument\n"
    "\t-x\tSkip directories on different filesystems\n"
    "\t-h\tSizes in human readable format (e.g., 1K 243M 2G)\n"
    "\t-m\tSizes in megabytes\n"
    "\t-k\tSizes in kilobytes (default)"},
  {"env",
    "[-i0] [-u NAME]... [-] [NAME=VALUE]... [PROG ARGS]\n"
    "\n"
    "Print current environment or run PROG after setting up environment\n"
    "\n"
    "\t-, -i\tStart with empty environment\n"
    "\t-0\tNUL terminated output\n"
    "\t-u NAME\tRemove variable from environment"},
  {"expand",
    "[-i] [-t N] [FILE]...\n"
    "\n"
    "Convert tabs to spaces, writing to stdout\n"
    "\n"
    "\t-i\tDon't convert tabs after non blanks\n"
    "\t-t\tTabstops every N chars"},
  {"expr",
    "EXPRESSION\n"
    "\n"
    "Print the value of EXPRESSION\n"
    "\n"
    "EXPRESSION may be:\n"
    "\tARG1 | ARG2\tARG1 if it is neither null nor 0, otherwise ARG2\n"
    "\tARG1 & ARG2\tARG1 if neither argument is null or 0, otherwise 0\n"
    "\tARG1 < ARG2\t1 if ARG1 is less than ARG2, else 0. Similarly:\n"
    "\tARG1 <= ARG2\n"
    "\tARG1 = ARG2\n"
    "\tARG1 != ARG2\n"
    "\tARG1 >= ARG2\n"
    "\tARG1 > ARG2\n"
    "\tARG1 + ARG2\tSum of ARG1 and ARG2. Similarly:\n"
    "\tARG1 - ARG2\n"
    "\tARG1 * ARG2\n"
    "\tARG1 / ARG2\n"
    "\tARG1 % ARG2\n"
    "\tSTRING : REGEXP\t\tAnchored pattern match of REGEXP in STRING\n"
    "\tmatch STRING REGEXP\tSame as STRING : REGEXP\n"
    "\tsubstr STRING POS LEN\tSubstring of STRING, POS counts from 1\n"
    "\tindex STRING CHARS\tIndex in STRING where any CHARS is found, or 0\n"
    "\tlength STRING\t\tLength of STRING\n"
    "\tquote TOKEN\t\tInterpret TOKEN as a string, even if\n"
    "\t\t\t\tit is a keyword like 'match' or an\n"
    "\t\t\t\toperator like '/'\n"
    "\t(EXPRESSION)\t\tValue of EXPRESSION\n"
    "\n"
    "Beware that many operators need to be escaped or quoted for shells.\n"
    "Comparisons are arithmetic if both ARGs are numbers, else\n"
    "lexicographical. Pattern matches return the string matched between\n"
    "\\( and \\) or null; if \\( and \\) are not used, they return the number\n"
    "of characters matched or 0."},
  {"factor",
    "[NUMBER]...\n"
    "\n"
    "Print prime factors"},
  {"find",
    "[-HL] [PATH]... [OPTIONS] [ACTIONS]\n"
    "\n"
    "Search for files and perform actions on them.\n"
    "First failed action stops processing of current file.\n"
    "Defaults: PATH is current directory, action is '-print'\n"
    "\n"
    "\t-L,-follow\tFollow symlinks\n"
    "\t-H\t\t...on command line only\n"
    "\t-xdev\t\tDon't descend directories on other filesystems\n"
    "\t-maxdepth N\tDescend at most N levels. -maxdepth 0 applies\n"
    "\t\t\tactions to command line arguments only\n"
    "\t-mindepth N\tDon't act on first N levels\n"
    "\t-depth\t\tAct on directory *after* traversing it\n"
    "\n"
    "Actions:\n"
    "\t( ACTIONS )\tGroup actions for -o / -a\n"
    "\t! ACT\t\tInvert ACT's success/failure\n"
    "\tACT1 [-a] ACT2\tIf ACT1 fails, stop, else do ACT2\n"
    "\tACT1 -o ACT2\tIf ACT1 succeeds, stop, else do ACT2\n"
    "\t\t\tNote: -a has higher priority than -o\n"
    "\t-name PATTERN\tMatch file name (w/o directory name) to PATTERN\n"
    "\t-iname PATTERN\tCase insensitive -name\n"
    "\t-path PATTERN\tMatch path to PATTERN\n"
    "\t-ipath PATTERN\tCase insensitive -path\n"
    "\t-regex PATTERN\tMatch path to regex PATTERN\n"
    "\t-type X\t\tFile type is X (one of: f,d,l,b,c,s,p)\n"
    "\t-executable\tFile is executable\n"
    "\t-perm MASK\tAt least one mask bit (+MASK), all bits (-MASK),\n"
    "\t\t\tor exactly MASK bits are set in file's mode\n"
    "\t-mtime DAYS\tmtime is greater than (+N), less than (-N),\n"
    "\t\t\tor exactly N days in the past\n"
    "\t-mmin MINS\tmtime is greater than (+N), less than (-N),\n"
    "\t\t\tor exactly N minutes in the past\n"
    "\t-newer FILE\tmtime is more recent than FILE's\n"
    "\t-inum N\t\tFile has inode number N\n"
    "\t-samefile FILE\tFile is same as FILE\n"
    "\t-user NAME/ID\tFile is owned by given user\n"
    "\t-group NAME/ID\tFile is owned by given group\n"
    "\t-size N[bck]\tFile size is N (c:bytes,k:kbytes,b:512 bytes(def.))\n"
    "\t\t\t+/-N: file size is bigger/smaller than N\n"
    "\t-links N\tNumber of links is greater than (+N), less than (-N),\n"
    "\t\t\tor exactly N\n"
    "\t-prune\t\tIf current file is directory, don't descend into it\n"
    "If none of the following actions is specified, -print is assumed\n"
    "\t-print\t\tPrint file name\n"
    "\t-print0\t\tPrint file name, NUL terminated\n"
    "\t-exec CMD ARG ;\tRun CMD with all instances of {} replaced by\n"
    "\t\t\tfile name. Fails if CMD exits with nonzero\n"
    "\t-exec CMD ARG + Run CMD with {} replaced by list of file names\n"
    "\t-delete\t\tDelete current file/directory. Turns on -depth option\n"
    "\t-quit\t\tExit"},
  {"fold",
    "[-bs] [-w WIDTH] [FILE]...\n"
    "\n"
    "Wrap input lines in FILEs (or stdin), writing to stdout\n"
    "\n"
    "\t-b\tCount bytes rather than columns\n"
    "\t-s\tBreak at spaces\n"
    "\t-w\tUse WIDTH columns instead of 80"},
  {"free",
    "[-bkmgh]\n"
    "\n"
    "Display free and used memory"},
  {"fsync",
    "[-d] FILE...\n"
    "\n"
    "Write all buffered blocks in FILEs to disk\n"
    "\n"
    "\t-d\tAvoid syncing metadata"},
  {"getopt",
    "[OPTIONS] [--] OPTSTRING PARAMS\n"
    "\n"
    "\t-a\t\tAllow long options starting with single -\n"
    "\t-l LOPT[,...]\tLong options to recognize\n"
    "\t-n PROGNAME\tThe name under which errors are reported\n"
    "\t-o OPTSTRING\tShort options to recognize\n"
    "\t-q\t\tNo error messages on unrecognized options\n"
    "\t-Q\t\tNo normal output\n"
    "\t-s SHELL\tSet shell quoting conventions\n"
    "\t-T\t\tVersion test (exits with 4)\n"
    "\t-u\t\tDon't quote output"},
  {"grep",
    "[-HhnlLoqvsrRiwFExz] [-m N] [-A|B|C N] { PATTERN | -e PATTERN... | -f FILE... } [FILE]...\n"
    "\n"
    "Search for PATTERN in FILEs (or stdin)\n"
    "\n"
    "\t-H\tAdd 'filename:' prefix\n"
    "\t-h\tDo not add 'filename:' prefix\n"
    "\t-n\tAdd 'line_no:' prefix\n"
    "\t-l\tShow only names of files that match\n"
    "\t-L\tShow only names of files that don't match\n"
    "\t-c\tShow only count of matching lines\n"
    "\t-o\tShow only the matching part of line\n"
    "\t-q\tQuiet. Return 0 if PATTERN is found, 1 otherwise\n"
    "\t-v\tSelect non-matching lines\n"
    "\t-s\tSuppress open and read errors\n"
    "\t-r\tRecurse\n"
    "\t-R\tRecurse and dereference symlinks\n"
    "\t-i\tIgnore case\n"
    "\t-w\tMatch whole words only\n"
    "\t-x\tMatch whole lines only\n"
    "\t-F\tPATTERN is a literal (not regexp)\n"
    "\t-E\tPATTERN is an extended regexp\n"
    "\t-z\tNUL terminated input\n"
    "\t-m N\tMatch up to N times per file\n"
    "\t-A N\tPrint N lines of trailing context\n"
    "\t-B N\tPrint N lines of leading context\n"
    "\t-C N\tSame as '-A N -B N'\n"
    "\t-e PTRN\tPattern to match\n"
    "\t-f FILE\tRead pattern from file"},
  {"groups",
    "[USER]\n"
    "\n"
    "Print the groups USER is in"},
  {"gunzip",
    "[-cfkt] [FILE]...\n"
    "\n"
    "Decompress FILEs (or stdin)\n"
    "\n"
    "\t-c\tWrite to stdout\n"
    "\t-f\tForce\n"
    "\t-k\tKeep input files\n"
    "\t-t\tTest integrity"},
  {"gzip",
    "[-cfkdt123456789] [FILE]...\n"
    "\n"
    "Compress FILEs (or stdin)\n"
    "\n"
    "\t-1..9\tCompression level\n"
    "\t-d\tDecompress\n"
    "\t-c\tWrite to stdout\n"
    "\t-f\tForce\n"
    "\t-k\tKeep input files\n"
    "\t-t\tTest integrity"},
  {"hd",
    "FILE...\n"
    "\n"
    "hd is an alias for hexdump -C"},
  {"head",
    "[OPTIONS] [FILE]...\n"
    "\n"
    "Print first 10 lines of FILEs (or stdin).\n"
    "With more than one FILE, precede each with a filename header.\n"
    "\n"
    "\t-n N[bkm]\tPrint first N lines\n"
    "\t-n -N[bkm]\tPrint all except N last lines\n"
    "\t-c [-]N[bkm]\tPrint first N bytes\n"
    "\t-c -N[bkm]\tPrint all except N last bytes\n"
    "\t-q\t\tNever print headers\n"
    "\t-v\t\tAlways print headers"},
  {"hexdump",
    "[-bcdoxCv] [-e FMT] [-f FMT_FILE] [-n LEN] [-s OFS] [FILE]...\n"
    "\n"
    "Display FILEs (or stdin) in a user specified format\n"
    "\n"
    "\t-b\t\t1-byte octal display\n"
    "\t-c\t\t1-byte character display\n"
    "\t-d\t\t2-byte decimal display\n"
    "\t-o\t\t2-byte octal display\n"
    "\t-x\t\t2-byte hex display\n"
    "\t-C\t\thex+ASCII 16 bytes per line\n"
    "\t-v\t\tShow all (no dup folding)\n"
    "\t-e FORMAT_STR\tExample: '16/1 \"%02x|\"\"\\n\"'\n"
    "\t-f FORMAT_FILE\n"
    "\t-n LENGTH\tShow only first LENGTH bytes\n"
    "\t-s OFFSET\tSkip OFFSET bytes"},
  {"hostid",
    "\n"
    "\n"
    "Print out a unique 32-bit identifier for the machine"},
  {"hostname",
    "[-sidf] [HOSTNAME | -F FILE]\n"
    "\n"
    "Show or set hostname or DNS domain name\n"
    "\n"
    "\t-s\tShort\n"
    "\t-i\tAddresses for the hostname\n"
    "\t-d\tDNS domain name\n"
    "\t-f\tFully qualified domain name\n"
    "\t-F FILE\tUse FILE's content as hostname"},
  {"id",
    "[-ugGnr] [USER]\n"
    "\n"
    "Print information about USER or the current user\n"
    "\n"
    "\t-u\tUser ID\n"
    "\t-g\tGroup ID\n"
    "\t-G\tSupplementary group IDs\n"
    "\t-n\tPrint names instead of numbers\n"
    "\t-r\tPrint real ID instead of effective ID"},
  {"install",
    "[-cdDsp] [-o USER] [-g GRP] [-m MODE] [-t DIR] [SOURCE]... DEST\n"
    "\n"
    "Copy files and set attributes\n"
    "\n"
    "\t-c\tJust copy (default)\n"
    "\t-d\tCreate directories\n"
    "\t-D\tCreate leading target directories\n"
    "\t-s\tStrip symbol table\n"
    "\t-p\tPreserve date\n"
    "\t-o USER\tSet ownership\n"
    "\t-g GRP\tSet group ownership\n"
    "\t-m MODE\tSet permissions\n"
    "\t-t DIR\tInstall to DIR"},
  {"ionice",
    "[-c 1-3] [-n 0-7] [-p PID] [PROG]\n"
    "\n"
    "Change I/O priority and class\n"
    "\n"
    "\t-c 1-3\tClass. 1:realtime 2:best-effort 3:idle\n"
    "\t-n 0-7\tPriority"},
  {"kill",
    "[-l] [-SIG] PID...\n"
    "\n"
    "Send a signal (default: TERM) to given PIDs\n"
    "\n"
    "\t-l\tList all signal names and numbers"},
  {"killall",
    "[-lq] [-SIG] PROCESS_NAME...\n"
    "\n"
    "Send a signal (default: TERM) to given processes\n"
    "\n"
    "\t-l\tList all signal names and numbers\n"
    "\t-q\tDon't complain if no processes were killed"},
  {"less",
    "[-EFIMmNSRh~] [FILE]...\n"
    "\n"
    "View FILE (or stdin) one screenful at a time\n"
    "\n"
    "\t-E\tQuit once the end of a file is reached\n"
    "\t-F\tQuit if entire file fits on first screen\n"
    "\t-I\tIgnore case in all searches\n"
    "\t-M,-m\tDisplay status line with line numbers\n"
    "\t\tand percentage through the file\n"
    "\t-N\tPrefix line number to each line\n"
    "\t-S\tTruncate long lines\n"
    "\t-R\tRemove color escape codes in input\n"
    "\t-~\tSuppress ~s displayed past EOF"},
  {"link",
    "FILE LINK\n"
    "\n"
    "Create hard LINK to FILE"},
  {"linux32",
    "[PROG ARGS]\n"
    "\n"
    "Uname emulation"},
  {"linux64",
    "[PROG ARGS]\n"
    "\n"
    "Uname emulation"},
  {"ln",
    "[-sfnbtv] [-S SUF] TARGET... LINK|DIR\n"
    "\n"
    "Create a link LINK or DIR/TARGET to the specified TARGET(s)\n"
    "\n"
    "\t-s\tMake symlinks instead of hardlinks\n"
    "\t-f\tRemove existing destinations\n"
    "\t-n\tDon't dereference symlinks - treat like normal file\n"
    "\t-b\tMake a backup of the target (if exists) before link operation\n"
    "\t-S SUF\tUse suffix instead of ~ when making backup files\n"
    "\t-T\tTreat LINK as a file, not DIR\n"
    "\t-v\tVerbose"},
  {"ls",
    "[-1AaCxdLHRFplinshrSXvctu] [-w WIDTH] [FILE]...\n"
    "\n"
    "List directory contents\n"
    "\n"
    "\t-1\tOne column output\n"
    "\t-a\tInclude names starting with .\n"
    "\t-A\tLike -a, but exclude . and ..\n"
    "\t-x\tList by lines\n"
    "\t-d\tList directory names, not contents\n"
    "\t-L\tFollow symlinks\n"
    "\t-H\tFollow symlinks on command line\n"
    "\t-R\tRecurse\n"
    "\t-p\tAppend / to directory names\n"
    "\t-F\tAppend indicator (one of */=@|) to names\n"
    "\t-l\tLong format\n"
    "\t-i\tList inode numbers\n"
    "\t-n\tList numeric UIDs and GIDs instead of names\n"
    "\t-s\tList allocated blocks\n"
    "\t-lc\tList ctime\n"
    "\t-lu\tList atime\n"
    "\t--full-time\tList full date/time\n"
    "\t-h\tHuman readable sizes (1K 243M 2G)\n"
    "\t--group-directories-first\n"
    "\t-S\tSort by size\n"
    "\t-X\tSort by extension\n"
    "\t-v\tSort by version\n"
    "\t-t\tSort by mtime\n"
    "\t-tc\tSort by ctime\n"
    "\t-tu\tSort by atime\n"
    "\t-r\tReverse sort order\n"
    "\t-w N\tFormat N columns wide\n"
    "\t--color[={always,never,auto}]"},
  {"md5sum",
    "[-c[sw]] [FILE]...\n"
    "\n"
    "Print or check MD5 checksums\n"
    "\n"
    "\t-c\tCheck sums against list in FILEs\n"
    "\t-s\tDon't output anything, status code shows success\n"
    "\t-w\tWarn about improperly formatted checksum lines"},
  {"mkdir",
    "[-m MODE] [-p] DIRECTORY...\n"
    "\n"
    "Create DIRECTORY\n"
    "\n"
    "\t-m MODE\tMode\n"
    "\t-p\tNo error if exists; make parent directories as needed"},
  {"mkfifo",
    "[-m MODE] NAME\n"
    "\n"
    "Create named pipe\n"
    "\n"
    "\t-m MODE\tMode (default a=rw)"},
  {"mktemp",
    "[-dt] [-p DIR] [TEMPLATE]\n"
    "\n"
    "Create a temporary file with name based on TEMPLATE and print its name.\n"
    "TEMPLATE must end with XXXXXX (e.g. [/dir/]nameXXXXXX).\n"
    "Without TEMPLATE, -t tmp.XXXXXX is assumed.\n"
    "\n"
    "\t-d\tMake directory, not file\n"
    "\t-q\tFail silently on errors\n"
    "\t-t\tPrepend base directory name to TEMPLATE\n"
    "\t-p DIR\tUse DIR as a base directory (implies -t)\n"
    "\t-u\tDo not create anything; print a name\n"
    "\n"
    "Base directory is: -p DIR, else $TMPDIR, else /tmp"},
  {"more",
    "[FILE]...\n"
    "\n"
    "View FILE (or stdin) one screenful at a time"},
  {"mountpoint",
    "[-q] { [-dn] DIR | -x DEVICE }\n"
    "\n"
    "Check if DIR is a mountpoint\n"
    "\n"
    "\t-q\tQuiet\n"
    "\t-d\tPrint major:minor of the filesystem\n"
    "\t-n\tPrint device name of the filesystem\n"
    "\t-x\tPrint major:minor of DEVICE"},
  {"mv",
    "[-finT] SOURCE DEST\n"
    "or: mv [-fin] SOURCE... { -t DIRECTORY | DIRECTORY }\n"
    "\n"
    "Rename SOURCE to DEST, or move SOURCEs to DIRECTORY\n"
    "\n"
    "\t-f\tDon't prompt before overwriting\n"
    "\t-i\tInteractive, prompt before overwrite\n"
    "\t-n\tDon't overwrite an existing file\n"
    "\t-T\tRefuse to move if DEST is a directory\n"
    "\t-t DIR\tMove all SOURCEs into DIR"},
  {"nice",
    "[-n ADJUST] [PROG ARGS]\n"
    "\n"
    "Change scheduling priority, run PROG\n"
    "\n"
    "\t-n ADJUST\tAdjust priority by ADJUST"},
  {"nl",
    "[OPTIONS] [FILE]...\n"
    "\n"
    "Write FILEs to standard output with line numbers added\n"
    "\n"
    "\t-b STYLE\tWhich lines to number - a: all, t: nonempty, n: none\n"
    "\t-i N\t\tLine number increment\n"
    "\t-s STRING\tUse STRING as line number separator\n"
    "\t-v N\t\tStart from N\n"
    "\t-w N\t\tWidth of line numbers"},
  {"nohup",
    "PROG ARGS\n"
    "\n"
    "Run PROG immune to hangups, with output to a non-tty"},
  {"nproc",
    "[--all] [--ignore=N]\n"
    "\n"
    "Print number of available CPUs\n"
    "\n"
    "\t--all\t\tNumber of installed CPUs\n"
    "\t--ignore=N\tExclude N CPUs"},
  {"od",
    "[-abcdfhilovxs] [-t TYPE] [-A RADIX] [-N SIZE] [-j SKIP] [-S MINSTR] [-w WIDTH] [FILE]...\n"
    "\n"
    "Print FILEs (or stdin) unambiguously, as octal bytes by default"},
  {"paste",
    "[-d LIST] [-s] [FILE]...\n"
    "\n"
    "Paste lines from each input file, separated with tab\n"
    "\n"
    "\t-d LIST\tUse delimiters from LIST, not tab\n"
    "\t-s      Serial: one file at a time"},
  {"pgrep",
    "[-flanovx] [-s SID|-P PPID|PATTERN]\n"
    "\n"
    "Display process(es) selected by regex PATTERN\n"
    "\n"
    "\t-l\tShow command name too\n"
    "\t-a\tShow command line too\n"
    "\t-f\tMatch against entire command line\n"
    "\t-n\tShow the newest process only\n"
    "\t-o\tShow the oldest process only\n"
    "\t-v\tNegate the match\n"
    "\t-x\tMatch whole name (not substring)\n"
    "\t-s\tMatch session ID (0 for current)\n"
    "\t-P\tMatch parent process ID"},
  {"pidof",
    "[-s] [-o PID] [NAME]...\n"
    "\n"
    "List PIDs of all processes with names that match NAMEs\n"
    "\n"
    "\t-s\tShow only one PID\n"
    "\t-o PID\tOmit given pid\n"
    "\t\tUse %PPID to omit pid of pidof's parent"},
  {"pkill",
    "[-l|-SIGNAL] [-xfvnoe] [-s SID|-P PPID|PATTERN]\n"
    "\n"
    "Send signal to processes selected by regex PATTERN\n"
    "\n"
    "\t-l\tList all signals\n"
    "\t-x\tMatch whole name (not substring)\n"
    "\t-f\tMatch against entire command line\n"
    "\t-s SID\tMatch session ID (0 for current)\n"
    "\t-P PPID\tMatch parent process ID\n"
    "\t-v\tNegate the match\n"
    "\t-n\tSignal the newest process only\n"
    "\t-o\tSignal the oldest process only\n"
    "\t-e\tDisplay name and PID of the process being killed"},
  {"printenv",
    "[VARIABLE]...\n"
    "\n"
    "Print environment VARIABLEs.\n"
    "If no VARIABLE specified, print all."},
  {"printf",
    "FORMAT [ARG]...\n"
    "\n"
    "Format and print ARG(s) according to FORMAT (a-la C printf)"},
  {"ps",
    "[-o COL1,COL2=HEADER] [-T]\n"
    "\n"
    "Show list of processes\n"
    "\n"
    "\t-o COL1,COL2=HEADER\tSelect columns for display\n"
    "\t-T\t\t\tShow threads"},
  {"pstree",
    "[-p] [PID|USER]\n"
    "\n"
    "Display process tree, optionally start from USER or PID\n"
    "\n"
    "\t-p\tShow pids"},
  {"pwd",
    "\n"
    "\n"
    "Print the full filename of the current working directory"},
  {"pwdx",
    "PID...\n"
    "\n"
    "Show current directory for PIDs"},
  {"readlink",
    "[-fnv] FILE\n"
    "\n"
    "Display the value of a symlink\n"
    "\n"
    "\t-f\tCanonicalize by following all symlinks\n"
    "\t-n\tDon't add newline\n"
    "\t-v\tVerbose"},
  {"realpath",
    "FILE...\n"
    "\n"
    "Print absolute pathnames of FILEs"},
  {"reset",
    "\n"
    "\n"
    "Reset terminal (ESC codes) and termios (signals, buffering, echo)"},
  {"rev",
    "[FILE]...\n"
    "\n"
    "Reverse lines of FILE"},
  {"rm",
    "[-irf] FILE...\n"
    "\n"
    "Remove (unlink) FILEs\n"
    "\n"
    "\t-i\tAlways prompt before removing\n"
    "\t-f\tNever prompt\n"
    "\t-R,-r\tRecurse"},
  {"rmdir",
    "[-p] DIRECTORY...\n"
    "\n"
    "Remove DIRECTORY if it is empty\n"
    "\n"
    "\t-p\tInclude parents\n"
    "\t--ignore-fail-on-non-empty"},
  {"run-parts",
    "[-a ARG]... [-u UMASK] [--reverse] [--test] [--exit-on-error] [--list] DIRECTORY\n"
    "\n"
    "Run a bunch of scripts in DIRECTORY\n"
    "\n"
    "\t-a ARG\t\tPass ARG as argument to scripts\n"
    "\t-u UMASK\tSet UMASK before running scripts\n"
    "\t--reverse\tReverse execution order\n"
    "\t--test\t\tDry run\n"
    "\t--exit-on-error\tExit if a script exits with non-zero\n"
    "\t--list\t\tPrint names of matching files even if they are not executable"},
  {"sed",
    "[-i[SFX]] [-nrE] [-f FILE]... [-e CMD]... [FILE]...\n"
    "or: sed [-i[SFX]] [-nrE] CMD [FILE]...\n"
    "\n"
    "\t-e CMD\tAdd CMD to sed commands to be executed\n"
    "\t-f FILE\tAdd FILE contents to sed commands to be executed\n"
    "\t-i[SFX]\tEdit files in-place (otherwise write to stdout)\n"
    "\t\tOptionally back files up, appending SFX\n"
    "\t-n\tSuppress automatic printing of pattern space\n"
    "\t-r,-E\tUse extended regex syntax\n"
    "\n"
    "If no -e or -f, the first non-option argument is the sed command string.\n"
    "Remaining arguments are input files (stdin if none)."},
  {"seq",
    "[-w] [-s SEP] [FIRST [INC]] LAST\n"
    "\n"
    "Print numbers from FIRST to LAST, in steps of INC.\n"
    "FIRST, INC default to 1.\n"
    "\n"
    "\t-w\tPad with leading zeros\n"
    "\t-s SEP\tString separator"},
  {"setsid",
    "[-c] PROG ARGS\n"
    "\n"
    "Run PROG in a new session. PROG will have no controlling terminal\n"
    "and will not be affected by keyboard signals (^C etc).\n"
    "\n"
    "\t-c\tSet controlling terminal to stdin"},
  {"sha1sum",
    "[-c[sw]] [FILE]...\n"
    "\n"
    "Print or check SHA1 checksums\n"
    "\n"
    "\t-c\tCheck sums against list in FILEs\n"
    "\t-s\tDon't output anything, status code shows success\n"
    "\t-w\tWarn about improperly formatted checksum lines"},
  {"sha256sum",
    "[-c[sw]] [FILE]...\n"
    "\n"
    "Print or check SHA256 checksums\n"
    "\n"
    "\t-c\tCheck sums against list in FILEs\n"
    "\t-s\tDon't output anything, status code shows success\n"
    "\t-w\tWarn about improperly formatted checksum lines"},
  {"sha512sum",
    "[-c[sw]] [FILE]...\n"
    "\n"
    "Print or check SHA512 checksums\n"
    "\n"
    "\t-c\tCheck sums against list in FILEs\n"
    "\t-s\tDon't output anything, status code shows success\n"
    "\t-w\tWarn about improperly formatted checksum lines"},
  {"shuf",
    "[-n NUM] [-o FILE] [-z] [FILE | -e [ARG...] | -i L-H]\n"
    "\n"
    "Randomly permute lines\n"
    "\n"
    "\t-n NUM\tOutput at most NUM lines\n"
    "\t-o FILE\tWrite to FILE, not standard output\n"
    "\t-z\tNUL terminated output\n"
    "\t-e\tTreat ARGs as lines\n"
    "\t-i L-H\tTreat numbers L-H as lines"},
  {"sleep",
    "[N]...\n"
    "\n"
    "Pause for a time equal to the total of the args given, where each arg can\n"
    "have an optional suffix of (s)econds, (m)inutes, (h)ours, or (d)ays"},
  {"sort",
    "[-nrughMcszbdfiokt] [-o FILE] [-k START[.OFS][OPTS][,END[.OFS][OPTS]] [-t CHAR] [FILE]...\n"
    "\n"
    "Sort lines of text\n"
    "\n"
    "\t-o FILE\tOutput to FILE\n"
    "\t-c\tCheck whether input is sorted\n"
    "\t-b\tIgnore leading blanks\n"
    "\t-f\tIgnore case\n"
    "\t-i\tIgnore unprintable characters\n"
    "\t-d\tDictionary order (blank or alphanumeric only)\n"
    "\t-n\tSort numbers\n"
    "\t-g\tGeneral numerical sort\n"
    "\t-M\tSort month\n"
    "\t-V\tSort version\n"
    "\t-t CHAR\tField separator\n"
    "\t-k N[,M] Sort by Nth field\n"
    "\t-r\tReverse sort order\n"
    "\t-s\tStable (don't sort ties alphabetically)\n"
    "\t-u\tSuppress duplicate lines\n"
    "\t-z\tNUL terminated input and output"},
  {"split",
    "[OPTIONS] [INPUT [PREFIX]]\n"
    "\n"
    "\t-b N[k|m]\tSplit by N (kilo|mega)bytes\n"
    "\t-l N\t\tSplit by N lines\n"
    "\t-a N\t\tUse N letters as suffix"},
  {"stat",
    "[-lLtf] [-c FMT] FILE...\n"
    "\n"
    "Display file (default) or filesystem status\n"
    "\n"
    "\t-c FMT\tUse the specified format\n"
    "\t-L\tFollow links\n"
    "\t-t\tTerse display"},
  {"strings",
    "[-fo] [-t o|d|x] [-n LEN] [FILE]...\n"
    "\n"
    "Display printable strings in a binary file\n"
    "\n"
    "\t-f\t\tPrecede strings with filenames\n"
    "\t-o\t\tPrecede strings with octal offsets\n"
    "\t-t o|d|x\tPrecede strings with offsets in base 8/10/16\n"
    "\t-n LEN\t\tAt least LEN characters form a string (default 4)"},
  {"stty",
    "[-a|g] [-F DEVICE] [SETTING]...\n"
    "\n"
    "Without arguments, prints baud rate, line discipline,\n"
    "and deviations from stty sane\n"
    "\n"
    "\t-F DEVICE\tOpen device instead of stdin\n"
    "\t-a\t\tPrint all current settings in human-readable form\n"
    "\t-g\t\tPrint in stty-readable form\n"
    "\t[SETTING]\tSee manpage"},
  {"sum",
    "[-rs] [FILE]...\n"
    "\n"
    "Checksum and count the blocks in a file\n"
    "\n"
    "\t-r\tUse BSD sum algorithm (1K blocks)\n"
    "\t-s\tUse System V sum algorithm (512byte blocks)"},
  {"sync",
    "[-df] [FILE]...\n"
    "\n"
    "Write all buffered blocks (in FILEs) to disk\n"
    "\n"
    "\t-d\tAvoid syncing metadata\n"
    "\t-f\tSync filesystems underlying FILEs"},
  {"tac",
    "[FILE]...\n"
    "\n"
    "Concatenate FILEs and print them in reverse"},
  {"tail",
    "[OPTIONS] [FILE]...\n"
    "\n"
    "Print last 10 lines of FILEs (or stdin) to stdout.\n"
    "With more than one FILE, precede each with a filename header.\n"
    "\n"
    "\t-f\t\tPrint data as file grows\n"
    "\t-c [+]N[bkm]\tPrint last N bytes\n"
    "\t-n N[bkm]\tPrint last N lines\n"
    "\t-n +N[bkm]\tStart on Nth line and print the rest\n"
    "\t-q\t\tNever print headers\n"
    "\t-s SECONDS\tWait SECONDS between reads with -f\n"
    "\t-v\t\tAlways print headers\n"
    "\t-F\t\tSame as -f, but keep retrying"},
  {"tar",
    "c|x|t [-zahvokO] [-f TARFILE] [-C DIR] [-T FILE] [-X FILE] [LONGOPT]... [FILE]...\n"
    "\n"
    "Create, extract, or list files from a tar file\n"
    "\n"
    "\tc\tCreate\n"
    "\tx\tExtract\n"
    "\tt\tList\n"
    "\t-f FILE\tName of TARFILE ('-' for stdin/out)\n"
    "\t-C DIR\tChange to DIR before operation\n"
    "\t-v\tVerbose\n"
    "\t-O\tExtract to stdout\n"
    "\t-m\tDon't restore mtime\n"
    "\t-o\tDon't restore user:group\n"
    "\t-k\tDon't replace existing files\n"
    "\t-z\t(De)compress using gzip\n"
    "\t-a\t(De)compress based on extension\n"
    "\t-h\tFollow symlinks\n"
    "\t--overwrite\t\tReplace existing files"},
  {"tee",
    "[-ai] [FILE]...\n"
    "\n"
    "Copy stdin to each FILE, and also to stdout\n"
    "\n"
    "\t-a\tAppend to the given FILEs, don't overwrite\n"
    "\t-i\tIgnore interrupt signals (SIGINT)"},
  {"time",
    "[-vpa] [-o FILE] PROG ARGS\n"
    "\n"
    "Run PROG, display resource usage when it exits\n"
    "\n"
    "\t-v\tVerbose\n"
    "\t-p\tPOSIX output format\n"
    "\t-f FMT\tCustom format\n"
    "\t-o FILE\tWrite result to FILE\n"
    "\t-a\tAppend (else overwrite)"},
  {"timeout",
    "[-s SIG] [-k KILL_SECS] SECS PROG ARGS\n"
    "\n"
    "Run PROG. Send SIG to it if it is not gone in SECS seconds.\n"
    "Default SIG: TERM.If it still exists in KILL_SECS seconds, send KILL."},
  {"top",
    "[-bmH] [-n COUNT] [-d SECONDS]\n"
    "\n"
    "Show a view of process activity in real time.\n"
    "Read the status of all processes from /proc each SECONDS\n"
    "and show a screenful of them.\n"
    "Keys:\n"
    "\tN/M/P/T: show CPU usage, sort by pid/mem/cpu/time\n"
    "\tS: show memory\n"
    "\tR: reverse sort\n"
    "\tH: toggle threads, 1: toggle SMP\n"
    "\tQ,^C: exit\n"
    "Options:\n"
    "\t-b\tBatch mode\n"
    "\t-n N\tExit after N iterations\n"
    "\t-d SEC\tDelay between updates\n"
    "\t-m\tSame as 's' key\n"
    "\t-H\tShow threads"},
  {"touch",
    "[-c] [-d DATE] [-t DATE] [-r FILE] FILE...\n"
    "\n"
    "Update mtime of FILEs\n"
    "\n"
    "\t-c\tDon't create files\n"
    "\t-h\tDon't follow links\n"
    "\t-d DT\tDate/time to use\n"
    "\t-t DT\tDate/time to use\n"
    "\t-r FILE\tUse FILE's date/time"},
  {"tr",
    "[-cds] STRING1 [STRING2]\n"
    "\n"
    "Translate, squeeze, or delete characters from stdin, writing to stdout\n"
    "\n"
    "\t-c\tTake complement of STRING1\n"
    "\t-d\tDelete input characters coded STRING1\n"
    "\t-s\tSqueeze multiple output characters of STRING2 into one character"},
  {"tree",
    "[-a] [DIRECTORY]...\n"
    "\n"
    "Print files and directories in a tree structure\n"
    "\n"
    "\t-a\tShow hidden files"},
  {"truncate",
    "[-c] -s SIZE FILE...\n"
    "\n"
    "Truncate FILEs to SIZE\n"
    "\n"
    "\t-c\tDo not create files\n"
    "\t-s SIZE"},
  {"tty",
    "[-s]\n"
    "\n"
    "Print file name of stdin's terminal\n"
    "\n"
    "\t-s\tPrint nothing, only return exit status"},
  {"ttysize",
    "[w] [h]\n"
    "\n"
    "Print dimensions of stdin tty, or 80x24"},
  {"uname",
    "[-amnrspvio]\n"
    "\n"
    "Print system information\n"
    "\n"
    "\t-a\tPrint all\n"
    "\t-m\tMachine (hardware) type\n"
    "\t-n\tHostname\n"
    "\t-r\tKernel release\n"
    "\t-s\tKernel name (default)\n"
    "\t-p\tProcessor type\n"
    "\t-v\tKernel version\n"
    "\t-i\tHardware platform\n"
    "\t-o\tOS name"},
  {"uniq",
    "[-cduiz] [-f,s,w N] [FILE [OUTFILE]]\n"
    "\n"
    "Discard duplicate lines\n"
    "\n"
    "\t-c\tPrefix lines by the number of occurrences\n"
    "\t-d\tOnly print duplicate lines\n"
    "\t-u\tOnly print unique lines\n"
    "\t-i\tIgnore case\n"
    "\t-z\tNUL terminated output\n"
    "\t-f N\tSkip first N fields\n"
    "\t-s N\tSkip first N chars (after any skipped fields)\n"
    "\t-w N\tCompare N characters in line"},
  {"unix2dos",
    "[-ud] [FILE]\n"
    "\n"
    "Convert FILE in-place from Unix to DOS format.\n"
    "When no file is given, use stdin/stdout.\n"
    "\n"
    "\t-u\tdos2unix\n"
    "\t-d\tunix2dos"},
  {"unlink",
    "FILE\n"
    "\n"
    "Delete FILE by calling unlink()"},
  {"uptime",
    "\n"
    "\n"
    "Display the time since the last boot"},
  {"users",
    "\n"
    "\n"
    "Print the users currently logged on"},
  {"usleep",
    "N\n"
    "\n"
    "Pause for N microseconds"},
  {"watch",
    "[-n SEC] [-t] PROG ARGS\n"
    "\n"
    "Run PROG periodically\n"
    "\n"
    "\t-n SEC\tPeriod (default 2)\n"
    "\t-t\tDon't print header"},
  {"wc",
    "[-cmlwL] [FILE]...\n"
    "\n"
    "Count lines, words, and bytes for FILEs (or stdin)\n"
    "\n"
    "\t-c\tCount bytes\n"
    "\t-m\tCount characters\n"
    "\t-l\tCount newlines\n"
    "\t-w\tCount words\n"
    "\t-L\tPrint longest line length"},
  {"which",
    "[-a] COMMAND...\n"
    "\n"
    "Locate COMMAND\n"
    "\n"
    "\t-a\tShow all matches"},
  {"who",
    "[-aH]\n"
    "\n"
    "Show who is logged on\n"
    "\n"
    "\t-a\tShow all\n"
    "\t-H\tPrint column headers"},
  {"whoami",
    "\n"
    "\n"
    "Print the user name associated with the current effective user id"},
  {"xargs",
    "[OPTIONS] [PROG ARGS]\n"
    "\n"
    "Run PROG on every item given by stdin\n"
    "\n"
    "\t-0\tNUL terminated input\n"
    "\t-a FILE\tRead from FILE instead of stdin\n"
    "\t-o\tReopen stdin as /dev/tty\n"
    "\t-r\tDon't run command if input is empty\n"
    "\t-t\tPrint the command on stderr before execution\n"
    "\t-p\tAsk user whether to run each command\n"
    "\t-E STR,-e[STR]\tSTR stops input processing\n"
    "\t-I STR\tReplace STR within PROG ARGS with input line\n"
    "\t-n N\tPass no more than N args to PROG\n"
    "\t-s N\tPass command line of no more than N bytes\n"
    "\t-P N\tRun up to N PROGs in parallel\n"
    "\t-x\tExit if size is exceeded"},
  {"xxd",
    "[-pri] [-g N] [-c N] [-n NAME] [-l LEN] [-s OFS] [-o OFS] [FILE]\n"
    "\n"
    "Hex dump FILE (or stdin)\n"
    "\n"
    "\t-g N\t\tBytes per group\n"
    "\t-c N\t\tBytes per line\n"
    "\t-p\t\tShow only hex bytes, assumes -c30\n"
    "\t-i\t\tC include file style\n"
    "\t-l LENGTH\tShow only first LENGTH bytes\n"
    "\t-s OFFSET\tSkip OFFSET bytes\n"
    "\t-o OFFSET\tAdd OFFSET to displayed offset\n"
    "\t-r\t\tReverse (with -p, assumes no offsets in input)"},
  {"yes",
    "[STRING]\n"
    "\n"
    "Repeatedly print a line with STRING, or 'y'"},
  {"zcat",
    "[FILE]...\n"
    "\n"
    "Decompress to stdout"},
};
#endif
#ifdef GNU_STYLE
static const struct usage usages[] = {
  {"arch",
    "[OPTION]...\n"
    "Print machine architecture."},
  {"awk",
    "[POSIX or GNU style options] -f progfile [--] file ...\n"
    "Usage: awk [POSIX or GNU style options] [--] 'program' file ..."},
  {"base64",
    "[OPTION]... [FILE]\n"
    "Base64 encode or decode FILE, or standard input, to standard output."},
  {"basename",
    "NAME [SUFFIX]\n"
    "  or:  basename OPTION... NAME...\n"
    "Print NAME with any leading directory components removed.\n"
    "If specified, also remove a trailing SUFFIX."},
  {"cat",
    "[OPTION]... [FILE]...\n"
    "Concatenate FILE(s) to standard output.\n"
    "\n"
    "With no FILE, or when FILE is -, read standard input.\n"
    "\n"
    "  -A, --show-all           equivalent to -vET\n"
    "  -b, --number-nonblank    number nonempty output lines, overrides -n\n"
    "  -e                       equivalent to -vE\n"
    "  -E, --show-ends          display $ at end of each line\n"
    "  -n, --number             number all output lines\n"
    "  -s, --squeeze-blank      suppress repeated empty output lines\n"
    "  -t                       equivalent to -vT\n"
    "  -T, --show-tabs          display TAB characters as ^I\n"
    "  -u                       (ignored)\n"
    "  -v, --show-nonprinting   use ^ and M- notation, except for LFD and TAB\n"
    "      --help        display this help and exit\n"
    "      --version     output version information and exit\n"
    "\n"
    "Examples:\n"
    "  cat f - g  Output f's contents, then standard input, then g's contents.\n"
    "  cat        Copy standard input to standard output."},
  {"chgrp",
    "[OPTION]... GROUP FILE...\n"
    "  or:  chgrp [OPTION]... --reference=RFILE FILE...\n"
    "Change the group of each FILE to GROUP.\n"
    "With --reference, change the group of each FILE to that of RFILE."},
  {"chmod",
    "[OPTION]... MODE[,MODE]... FILE...\n"
    "  or:  chmod [OPTION]... OCTAL-MODE FILE...\n"
    "  or:  chmod [OPTION]... --reference=RFILE FILE...\n"
    "Change the mode of each FILE to MODE.\n"
    "With --reference, change the mode of each FILE to that of RFILE."},
  {"chown",
    "[OPTION]... [OWNER][:[GROUP]] FILE...\n"
    "  or:  chown [OPTION]... --reference=RFILE FILE...\n"
    "Change the owner and/or group of each FILE to OWNER and/or GROUP.\n"
    "With --reference, change the owner and group of each FILE to those of RFILE."},
  {"comm",
    "[OPTION]... FILE1 FILE2\n"
    "Compare sorted files FILE1 and FILE2 line by line."},
  {"cp",
    "[OPTION]... [-T] SOURCE DEST\n"
    "  or:  cp [OPTION]... SOURCE... DIRECTORY\n"
    "  or:  cp [OPTION]... -t DIRECTORY SOURCE...\n"
    "Copy SOURCE to DEST, or multiple SOURCE(s) to DIRECTORY."},
  {"cut",
    "OPTION... [FILE]...\n"
    "Print selected parts of lines from each FILE to standard output."},
  {"date",
    "[OPTION]... [+FORMAT]\n"
    "  or:  date [-u|--utc|--universal] [MMDDhhmm[[CC]YY][.ss]]\n"
    "Display date and time in the given FORMAT.\n"
    "With -s, or with [MMDDhhmm[[CC]YY][.ss]], set the date and time."},
  {"df",
    "[OPTION]... [FILE]...\n"
    "Show information about the file system on which each FILE resides,\n"
    "or all file systems by default."},
  {"dir",
    "[OPTION]... [FILE]...\n"
    "List information about the FILEs (the current directory by default).\n"
    "Sort entries alphabetically if none of -cftuvSUX nor --sort is specified."},
  {"dirname",
    "[OPTION] NAME...\n"
    "Output each NAME with its last non-slash component and trailing slashes\n"
    "removed; if NAME contains no /'s, output '.' (meaning the current directory)."},
  {"du",
    "[OPTION]... [FILE]...\n"
    "  or:  du [OPTION]... --files0-from=F\n"
    "Summarize device usage of the set of FILEs, recursively for directories."},
  {"env",
    "[OPTION]... [-] [NAME=VALUE]... [COMMAND [ARG]...]\n"
    "Set each NAME to VALUE in the environment and run COMMAND."},
  {"expr",
    "EXPRESSION\n"
    "  or:  expr OPTION"},
  {"false",
    "[ignored command line arguments]\n"
    "  or:  false OPTION\n"
    "Exit with a status code indicating failure."},
  {"find",
    "[-H] [-L] [-P] [-Olevel] [-D debugopts] [path...] [expression]"},
  {"fold",
    "[OPTION]... [FILE]...\n"
    "Wrap input lines in each FILE, writing to standard output."},
  {"grep",
    "[OPTION]... PATTERNS [FILE]...\n"
    "Search for PATTERNS in each FILE."},
  {"groups",
    "[OPTION]... [USERNAME]...\n"
    "Print group memberships for each USERNAME or, if no USERNAME is specified, for\n"
    "the current process (which may differ if the groups database has changed)."},
  {"head",
    "[OPTION]... [FILE]...\n"
    "Print the first 10 lines of each FILE to standard output.\n"
    "With more than one FILE, precede each with a header giving the file name.\n"
    "\n"
    "With no FILE, or when FILE is -, read standard input."},
  {"hostname",
    "[options] [<name>]\n"
    "Show or change the system's host name."},
  {"id",
    "[OPTION]... [USER]...\n"
    "Print user and group information for each specified USER,\n"
    "or (when USER omitted) for the current process."},
  {"kill",
    "[options] <pid>|<name>...\n"
    "Forcibly terminate a process."},
  {"link",
    "FILE1 FILE2\n"
    "  or:  link OPTION\n"
    "Call the link function to create a link named FILE2 to an existing FILE1."},
  {"ln",
    "[OPTION]... [-T] TARGET LINK_NAME\n"
    "  or:  ln [OPTION]... TARGET\n"
    "  or:  ln [OPTION]... TARGET... DIRECTORY\n"
    "  or:  ln [OPTION]... -t DIRECTORY TARGET...\n"
    "In the 1st form, create a link to TARGET with the name LINK_NAME.\n"
    "In the 2nd form, create a link to TARGET in the current directory.\n"
    "In the 3rd and 4th forms, create links to each TARGET in DIRECTORY.\n"
    "Create hard links by default, symbolic links with --symbolic."},
  {"logname",
    "[OPTION]\n"
    "Print the user's login name."},
  {"ls",
    "[OPTION]... [FILE]...\n"
    "List information about the FILEs (the current directory by default).\n"
    "Sort entries alphabetically if none of -cftuvSUX nor --sort is specified.\n"
    "\n"
    "Mandatory arguments to long options are mandatory for short options too.\n"
    "  -a, --all                  do not ignore entries starting with .\n"
    "  -A, --almost-all           do not list implied . and ..\n"
    "  -C                         list entries by columns\n"
    "  -d, --directory            list directories themselves, not their contents\n"
    "  -F, --classify[=WHEN]      append indicator (one of */=>@|) to entries WHEN\n"
    "  -g                         like -l, but do not list owner\n"
    "  -G, --no-group             in a long listing, don't print group names\n"
    "  -h, --human-readable       with -l and -s, print sizes like 1K 234M 2G etc.\n"
    "  -H, --dereference-command-line\n"
    "                             follow symbolic links listed on the command line\n"
    "  -i, --inode                print the index number of each file\n"
    "  -l                         use a long listing format\n"
    "  -L, --dereference          when showing file information for a symbolic\n"
    "                             link, show information for the file the link\n"
    "                             references rather than for the link itself\n"
    "  -n, --numeric-uid-gid      like -l, but list numeric user and group IDs\n"
    "  -o                         like -l, but do not list group information\n"
    "  -p, --indicator-style=slash\n"
    "                             append / indicator to directories\n"
    "  -r, --reverse              reverse order while sorting\n"
    "  -R, --recursive            list subdirectories recursively\n"
    "  -s, --size                 print the allocated size of each file, in blocks\n"
    "  -S                         sort by file size, largest first\n"
    "  -t                         sort by time, newest first; see --time\n"
    "  -u                         with -lt: sort by, and show, access time;\n"
    "                               with -l: show access time and sort by name;\n"
    "                               otherwise: sort by access time, newest first\n"
    "  -U                         do not sort; list entries in directory order\n"
    "  -v                         natural sort of (version) numbers within text\n"
    "  -w, --width=COLS           set output width to COLS.  0 means no limit\n"
    "  -x                         list entries by lines instead of by columns\n"
    "  -X                         sort alphabetically by entry extension\n"
    "  -1                         list one file per line\n"
    "      --help        display this help and exit\n"
    "      --version     output version information and exit\n"
    "\n"
    "Exit status:\n"
    " 0  if OK,\n"
    " 1  if minor problems (e.g., cannot access subdirectory),\n"
    " 2  if serious trouble (e.g., cannot access command-line argument)."},
  {"md5sum",
    "[OPTION]... [FILE]...\n"
    "Print or check MD5 (128-bit) checksums."},
  {"mkdir",
    "[OPTION]... DIRECTORY...\n"
    "Create the DIRECTORY(ies), if they do not already exist.\n"
    "\n"
    "Mandatory arguments to long options are mandatory for short options too.\n"
    "  -m, --mode=MODE   set file mode (as in chmod), not a=rwx - umask\n"
    "  -p, --parents     no error if existing, make parent directories as needed,\n"
    "                    with their file modes unaffected by any -m option.\n"
    "  -v, --verbose     print a message for each created directory\n"
    "      --help        display this help and exit\n"
    "      --version     output version information and exit"},
  {"mktemp",
    "[OPTION]... [TEMPLATE]\n"
    "Create a temporary file or directory, safely, and print its name.\n"
    "TEMPLATE must contain at least 3 consecutive 'X's in last component.\n"
    "If TEMPLATE is not specified, use tmp.XXXXXXXXXX, and --tmpdir is implied.\n"
    "Files are created u+rw, and directories u+rwx, minus umask restrictions."},
  {"mv",
    "[OPTION]... [-T] SOURCE DEST\n"
    "  or:  mv [OPTION]... SOURCE... DIRECTORY\n"
    "  or:  mv [OPTION]... -t DIRECTORY SOURCE...\n"
    "Rename SOURCE to DEST, or move SOURCE(s) to DIRECTORY."},
  {"nl",
    "[OPTION]... [FILE]...\n"
    "Write each FILE to standard output, with line numbers added."},
  {"nproc",
    "[OPTION]...\n"
    "Print the number of processing units available to the current process,\n"
    "which may be less than the number of online processors"},
  {"od",
    "[OPTION]... [FILE]...\n"
    "  or:  od [-abcdfilosx]... [FILE] [[+]OFFSET[.][b]]\n"
    "  or:  od --traditional [OPTION]... [FILE] [[+]OFFSET[.][b] [+][LABEL][.][b]]\n"
    "Write an unambiguous representation, octal bytes by default,\n"
    "of FILE to standard output.  With more than one FILE argument,\n"
    "concatenate them in the listed order to form the input."},
  {"paste",
    "[OPTION]... [FILE]...\n"
    "Write lines consisting of the sequentially corresponding lines from\n"
    "each FILE, separated by TABs, to standard output."},
  {"printenv",
    "[OPTION]... [VARIABLE]...\n"
    "Print the values of the specified environment VARIABLE(s).\n"
    "If no VARIABLE is specified, print name and value pairs for them all."},
  {"pwd",
    "[OPTION]...\n"
    "Print the full filename of the current working directory."},
  {"readlink",
    "[OPTION]... FILE...\n"
    "Print value of a symbolic link or canonical file name"},
  {"realpath",
    "[OPTION]... FILE...\n"
    "Print the resolved absolute file name;\n"
    "all but the last component must exist"},
  {"rm",
    "[OPTION]... [FILE]...\n"
    "Remove (unlink) the FILE(s).\n"
    "\n"
    "  -f, --force           ignore nonexistent files and arguments, never prompt\n"
    "  -i                    prompt before every removal\n"
    "  -r, -R, --recursive   remove directories and their contents recursively\n"
    "  -d, --dir             remove empty directories\n"
    "  -v, --verbose         explain what is being done\n"
    "      --help        display this help and exit\n"
    "      --version     output version information and exit"},
  {"rmdir",
    "[OPTION]... DIRECTORY...\n"
    "Remove the DIRECTORY(ies), if they are empty."},
  {"sed",
    "[OPTION]... {script-only-if-no-other-script} [input-file]..."},
  {"seq",
    "[OPTION]... LAST\n"
    "  or:  seq [OPTION]... FIRST LAST\n"
    "  or:  seq [OPTION]... FIRST INCREMENT LAST\n"
    "Print numbers from FIRST to LAST, in steps of INCREMENT."},
  {"sha1sum",
    "[OPTION]... [FILE]...\n"
    "Print or check SHA1 (160-bit) checksums."},
  {"sha256sum",
    "[OPTION]... [FILE]...\n"
    "Print or check SHA256 (256-bit) checksums."},
  {"sha512sum",
    "[OPTION]... [FILE]...\n"
    "Print or check SHA512 (512-bit) checksums."},
  {"sleep",
    "NUMBER[SUFFIX]...\n"
    "  or:  sleep OPTION\n"
    "Pause for NUMBER seconds.  SUFFIX may be 's' for seconds (the default),\n"
    "'m' for minutes, 'h' for hours or 'd' for days.  NUMBER need not be an\n"
    "integer.  Given two or more arguments, pause for the amount of time\n"
    "specified by the sum of their values."},
  {"sort",
    "[OPTION]... [FILE]...\n"
    "  or:  sort [OPTION]... --files0-from=F\n"
    "Write sorted concatenation of all FILE(s) to standard output."},
  {"stat",
    "[OPTION]... FILE...\n"
    "Display file or file system status."},
  {"sync",
    "[OPTION] [FILE]...\n"
    "Synchronize cached writes to persistent storage"},
  {"tac",
    "[OPTION]... [FILE]...\n"
    "Write each FILE to standard output, last line first."},
  {"tail",
    "[OPTION]... [FILE]...\n"
    "Print the last 10 lines of each FILE to standard output.\n"
    "With more than one FILE, precede each with a header giving the file name.\n"
    "\n"
    "With no FILE, or when FILE is -, read standard input."},
  {"tee",
    "[OPTION]... [FILE]...\n"
    "Copy standard input to each FILE, and also to standard output."},
  {"touch",
    "[OPTION]... FILE...\n"
    "Update the access and modification times of each FILE to the current time."},
  {"tr",
    "[OPTION]... STRING1 [STRING2]\n"
    "Translate, squeeze, and/or delete characters from standard input,\n"
    "writing to standard output.  STRING1 and STRING2 specify arrays of\n"
    "characters ARRAY1 and ARRAY2 that control the action."},
  {"true",
    "[ignored command line arguments]\n"
    "  or:  true OPTION\n"
    "Exit with a status code indicating success."},
  {"truncate",
    "OPTION... FILE...\n"
    "Shrink or extend the size of each FILE to the specified size"},
  {"tty",
    "[OPTION]...\n"
    "Print the file name of the terminal connected to standard input."},
  {"uname",
    "[OPTION]...\n"
    "Print certain system information.  With no OPTION, same as -s."},
  {"uniq",
    "[OPTION]... [INPUT [OUTPUT]]\n"
    "Filter adjacent matching lines from INPUT (or standard input),\n"
    "writing to OUTPUT (or standard output)."},
  {"unlink",
    "FILE\n"
    "  or:  unlink OPTION\n"
    "Call the unlink function to remove the specified FILE."},
  {"vdir",
    "[OPTION]... [FILE]...\n"
    "List information about the FILEs (the current directory by default).\n"
    "Sort entries alphabetically if none of -cftuvSUX nor --sort is specified."},
  {"wc",
    "[OPTION]... [FILE]...\n"
    "  or:  wc [OPTION]... --files0-from=F\n"
    "Print newline, word, and byte counts for each FILE, and a total line if\n"
    "more than one FILE is specified.  A word is a non-zero-length sequence of\n"
    "printable characters delimited by white space."},
  {"which",
    "[-a] filename ..."},
  {"whoami",
    "[OPTION]...\n"
    "Print the user name associated with the current effective user ID.\n"
    "Same as id -un."},
  {"xargs",
    "[OPTION]... COMMAND [INITIAL-ARGS]...\n"
    "Run COMMAND with arguments INITIAL-ARGS and more arguments read from input."},
  {"yes",
    "[STRING]...\n"
    "  or:  yes OPTION\n"
    "Repeatedly output a line with all specified STRING(s), or 'y'."},
};
#endif

const char *usage_text(const char *name) {
  size_t lo = 0, hi = sizeof usages / sizeof usages[0];
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int d = strcmp(name, usages[mid].name);
    if (d == 0) return usages[mid].text;
    if (d < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return NULL;
}
