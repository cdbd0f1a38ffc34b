/* The applets, sorted by name (strcmp): APPLET(name, main, id). Generated order; keep it sorted. */
APPLET("[", test_applet_main, 1)
#ifndef GNU_STYLE
APPLET("[[", test_applet_main, 2)
#endif
APPLET("arch", uname_main, 3)
#ifndef GNU_STYLE
APPLET("ash", sh_applet_main, 4)
#endif
APPLET("base64", base64_main, 5)
APPLET("basename", basename_main, 6)
#ifndef GNU_STYLE
APPLET("cal", cal_main, 7)
#endif
APPLET("cat", cat_main, 8)
APPLET("chgrp", chown_main, 9)
APPLET("chmod", chmod_main, 10)
APPLET("chown", chown_main, 11)
APPLET("cksum", cksum_main, 12)
APPLET("clear", clear_main, 13)
#ifndef GNU_STYLE
APPLET("cmp", cmp_main, 14)
#endif
APPLET("comm", comm_main, 15)
APPLET("cp", cp_main, 16)
APPLET("cut", cut_main, 17)
APPLET("date", date_main, 18)
APPLET("df", df_main, 19)
#ifdef GNU_STYLE
APPLET("dir", ls_main, 20)
#endif
APPLET("dirname", dirname_main, 21)
#ifndef GNU_STYLE
APPLET("dnsdomainname", dnsdomainname_main, 22)
#endif
#ifndef GNU_STYLE
APPLET("dos2unix", dos2unix_main, 23)
#endif
APPLET("du", du_main, 24)
APPLET("echo", echo_applet_main, 25)
APPLET("egrep", grep_main, 26)
APPLET("env", env_main, 27)
APPLET("expand", expand_main, 28)
APPLET("expr", expr_main, 29)
APPLET("factor", factor_main, 30)
APPLET("false", false_main, 31)
APPLET("fgrep", grep_main, 32)
APPLET("find", find_main, 33)
APPLET("fold", fold_main, 34)
APPLET("free", free_main, 35)
#ifndef GNU_STYLE
APPLET("fsync", sync_main, 36)
#endif
#ifndef GNU_STYLE
APPLET("getopt", getopt_main, 37)
#endif
APPLET("grep", grep_main, 38)
APPLET("groups", groups_main, 39)
#ifndef GNU_STYLE
APPLET("hd", hexdump_main, 40)
#endif
APPLET("head", head_main, 41)
#ifndef GNU_STYLE
APPLET("hexdump", hexdump_main, 42)
#endif
APPLET("hostid", hostid_main, 43)
APPLET("hostname", hostname_main, 44)
APPLET("id", id_main, 45)
APPLET("install", install_main, 46)
#ifndef GNU_STYLE
APPLET("ionice", passthrough_main, 47)
#endif
APPLET("kill", kill_main, 48)
#ifndef GNU_STYLE
APPLET("killall", killall_main, 49)
#endif
#ifndef GNU_STYLE
APPLET("less", more_main, 50)
#endif
APPLET("link", link_main, 51)
#ifndef GNU_STYLE
APPLET("linux32", passthrough_main, 52)
#endif
#ifndef GNU_STYLE
APPLET("linux64", passthrough_main, 53)
#endif
APPLET("ln", ln_main, 54)
#ifdef GNU_STYLE
APPLET("logname", logname_main, 55)
#endif
APPLET("ls", ls_main, 56)
APPLET("md5sum", md5sum_main, 57)
APPLET("mkdir", mkdir_main, 58)
APPLET("mkfifo", mkfifo_main, 59)
APPLET("mktemp", mktemp_main, 60)
APPLET("more", more_main, 61)
#ifndef GNU_STYLE
APPLET("mountpoint", mountpoint_main, 62)
#endif
APPLET("mv", mv_main, 63)
APPLET("nice", nice_main, 64)
APPLET("nl", nl_main, 65)
APPLET("nohup", nohup_main, 66)
APPLET("nproc", nproc_main, 67)
APPLET("od", od_main, 68)
APPLET("paste", paste_main, 69)
#ifndef GNU_STYLE
APPLET("pgrep", pgrep_main, 70)
#endif
#ifndef GNU_STYLE
APPLET("pidof", pidof_main, 71)
#endif
#ifndef GNU_STYLE
APPLET("pkill", pgrep_main, 72)
#endif
APPLET("printenv", printenv_main, 73)
APPLET("printf", printf_applet_main, 74)
APPLET("ps", ps_main, 75)
APPLET("pwd", pwd_main, 76)
#ifndef GNU_STYLE
APPLET("pwdx", pwdx_main, 77)
#endif
APPLET("readlink", readlink_main, 78)
APPLET("realpath", realpath_main, 79)
#ifndef GNU_STYLE
APPLET("reset", clear_main, 80)
#endif
#ifndef GNU_STYLE
APPLET("rev", rev_main, 81)
#endif
APPLET("rm", rm_main, 82)
APPLET("rmdir", rmdir_main, 83)
#ifndef GNU_STYLE
APPLET("run-parts", runparts_main, 84)
#endif
APPLET("sed", sed_main, 85)
APPLET("seq", seq_main, 86)
#ifndef GNU_STYLE
APPLET("setpriv", passthrough_main, 87)
#endif
#ifndef GNU_STYLE
APPLET("setsid", passthrough_main, 88)
#endif
#ifndef GNU_STYLE
APPLET("sh", sh_applet_main, 89)
#endif
APPLET("sha1sum", sha1sum_main, 90)
APPLET("sha256sum", sha256sum_main, 91)
APPLET("sha512sum", sha512sum_main, 92)
APPLET("shuf", shuf_main, 93)
APPLET("sleep", sleep_main, 94)
APPLET("sort", sort_main, 95)
APPLET("split", split_main, 96)
APPLET("stat", stat_main, 97)
#ifndef GNU_STYLE
APPLET("strings", strings_main, 98)
#endif
APPLET("stty", stty_main, 99)
APPLET("sum", sum_main, 100)
APPLET("sync", sync_main, 101)
APPLET("tac", tac_main, 102)
APPLET("tail", tail_main, 103)
APPLET("tee", tee_main, 104)
APPLET("test", test_applet_main, 105)
#ifndef GNU_STYLE
APPLET("time", time_main, 106)
#endif
APPLET("timeout", timeout_main, 107)
APPLET("top", top_main, 108)
APPLET("touch", touch_main, 109)
APPLET("tr", tr_main, 110)
#ifndef GNU_STYLE
APPLET("tree", tree_main, 111)
#endif
APPLET("true", true_main, 112)
APPLET("truncate", truncate_main, 113)
APPLET("tty", tty_main, 114)
#ifndef GNU_STYLE
APPLET("ttysize", ttysize_main, 115)
#endif
APPLET("uname", uname_main, 116)
APPLET("uniq", uniq_main, 117)
#ifndef GNU_STYLE
APPLET("unix2dos", dos2unix_main, 118)
#endif
APPLET("unlink", unlink_main, 119)
APPLET("uptime", uptime_main, 120)
APPLET("users", users_main, 121)
#ifndef GNU_STYLE
APPLET("usleep", usleep_main, 122)
#endif
#ifdef GNU_STYLE
APPLET("vdir", ls_main, 123)
#endif
#ifndef GNU_STYLE
APPLET("watch", watch_main, 124)
#endif
APPLET("wc", wc_main, 125)
APPLET("which", which_main, 126)
APPLET("who", who_main, 127)
APPLET("whoami", whoami_main, 128)
APPLET("xargs", xargs_main, 129)
#ifndef GNU_STYLE
APPLET("xxd", xxd_main, 130)
#endif
APPLET("yes", yes_main, 131)
