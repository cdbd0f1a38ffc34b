/* The applets, sorted by name (strcmp): APPLET(name, main, id). Generated order; keep it sorted. */
APPLET("[", test_applet_main, 1)
#ifndef GNU_STYLE
APPLET("[[", test_applet_main, 2)
#endif
APPLET("arch", uname_main, 3)
#ifndef GNU_STYLE
APPLET("ash", sh_applet_main, 4)
#endif
APPLET("awk", awk_main, 5)
APPLET("base64", base64_main, 6)
APPLET("basename", basename_main, 7)
#ifndef GNU_STYLE
APPLET("cal", cal_main, 8)
#endif
APPLET("cat", cat_main, 9)
APPLET("chgrp", chown_main, 10)
APPLET("chmod", chmod_main, 11)
APPLET("chown", chown_main, 12)
APPLET("cksum", cksum_main, 13)
APPLET("clear", clear_main, 14)
#ifndef GNU_STYLE
APPLET("cmp", cmp_main, 15)
#endif
APPLET("comm", comm_main, 16)
APPLET("cp", cp_main, 17)
APPLET("cut", cut_main, 18)
APPLET("date", date_main, 19)
APPLET("df", df_main, 20)
#ifndef GNU_STYLE
APPLET("diff", diff_main, 21)
#endif
#ifdef GNU_STYLE
APPLET("dir", ls_main, 22)
#endif
APPLET("dirname", dirname_main, 23)
#ifndef GNU_STYLE
APPLET("dnsdomainname", dnsdomainname_main, 24)
#endif
#ifndef GNU_STYLE
APPLET("dos2unix", dos2unix_main, 25)
#endif
APPLET("du", du_main, 26)
APPLET("echo", echo_applet_main, 27)
APPLET("egrep", grep_main, 28)
APPLET("env", env_main, 29)
APPLET("expand", expand_main, 30)
APPLET("expr", expr_main, 31)
APPLET("factor", factor_main, 32)
APPLET("false", false_main, 33)
APPLET("fgrep", grep_main, 34)
APPLET("find", find_main, 35)
APPLET("fold", fold_main, 36)
APPLET("free", free_main, 37)
#ifndef GNU_STYLE
APPLET("fsync", sync_main, 38)
#endif
#ifndef GNU_STYLE
APPLET("getopt", getopt_main, 39)
#endif
APPLET("grep", grep_main, 40)
APPLET("groups", groups_main, 41)
#ifndef GNU_STYLE
APPLET("gunzip", gzip_main, 42)
#endif
#ifndef GNU_STYLE
APPLET("gzip", gzip_main, 43)
#endif
#ifndef GNU_STYLE
APPLET("hd", hexdump_main, 44)
#endif
APPLET("head", head_main, 45)
#ifndef GNU_STYLE
APPLET("hexdump", hexdump_main, 46)
#endif
APPLET("hostid", hostid_main, 47)
APPLET("hostname", hostname_main, 48)
APPLET("id", id_main, 49)
APPLET("install", install_main, 50)
#ifndef GNU_STYLE
APPLET("ionice", passthrough_main, 51)
#endif
APPLET("kill", kill_main, 52)
#ifndef GNU_STYLE
APPLET("killall", killall_main, 53)
#endif
#ifndef GNU_STYLE
APPLET("less", more_main, 54)
#endif
APPLET("link", link_main, 55)
#ifndef GNU_STYLE
APPLET("linux32", passthrough_main, 56)
#endif
#ifndef GNU_STYLE
APPLET("linux64", passthrough_main, 57)
#endif
APPLET("ln", ln_main, 58)
#ifdef GNU_STYLE
APPLET("logname", logname_main, 59)
#endif
APPLET("ls", ls_main, 60)
APPLET("md5sum", md5sum_main, 61)
APPLET("mkdir", mkdir_main, 62)
APPLET("mkfifo", mkfifo_main, 63)
APPLET("mktemp", mktemp_main, 64)
APPLET("more", more_main, 65)
#ifndef GNU_STYLE
APPLET("mountpoint", mountpoint_main, 66)
#endif
APPLET("mv", mv_main, 67)
APPLET("nice", nice_main, 68)
APPLET("nl", nl_main, 69)
APPLET("nohup", nohup_main, 70)
APPLET("nproc", nproc_main, 71)
APPLET("od", od_main, 72)
APPLET("paste", paste_main, 73)
#ifndef GNU_STYLE
APPLET("pgrep", pgrep_main, 74)
#endif
#ifndef GNU_STYLE
APPLET("pidof", pidof_main, 75)
#endif
#ifndef GNU_STYLE
APPLET("pkill", pgrep_main, 76)
#endif
APPLET("printenv", printenv_main, 77)
APPLET("printf", printf_applet_main, 78)
APPLET("ps", ps_main, 79)
#ifndef GNU_STYLE
APPLET("pstree", pstree_main, 80)
#endif
APPLET("pwd", pwd_main, 81)
#ifndef GNU_STYLE
APPLET("pwdx", pwdx_main, 82)
#endif
APPLET("readlink", readlink_main, 83)
APPLET("realpath", realpath_main, 84)
#ifndef GNU_STYLE
APPLET("reset", clear_main, 85)
#endif
#ifndef GNU_STYLE
APPLET("rev", rev_main, 86)
#endif
APPLET("rm", rm_main, 87)
APPLET("rmdir", rmdir_main, 88)
#ifndef GNU_STYLE
APPLET("run-parts", runparts_main, 89)
#endif
APPLET("sed", sed_main, 90)
APPLET("seq", seq_main, 91)
#ifndef GNU_STYLE
APPLET("setpriv", passthrough_main, 92)
#endif
#ifndef GNU_STYLE
APPLET("setsid", passthrough_main, 93)
#endif
#ifndef GNU_STYLE
APPLET("sh", sh_applet_main, 94)
#endif
APPLET("sha1sum", sha1sum_main, 95)
APPLET("sha256sum", sha256sum_main, 96)
APPLET("sha512sum", sha512sum_main, 97)
APPLET("shuf", shuf_main, 98)
APPLET("sleep", sleep_main, 99)
APPLET("sort", sort_main, 100)
APPLET("split", split_main, 101)
APPLET("stat", stat_main, 102)
#ifndef GNU_STYLE
APPLET("strings", strings_main, 103)
#endif
APPLET("stty", stty_main, 104)
APPLET("sum", sum_main, 105)
APPLET("sync", sync_main, 106)
APPLET("tac", tac_main, 107)
APPLET("tail", tail_main, 108)
#ifndef GNU_STYLE
APPLET("tar", tar_main, 109)
#endif
APPLET("tee", tee_main, 110)
APPLET("test", test_applet_main, 111)
#ifndef GNU_STYLE
APPLET("time", time_main, 112)
#endif
APPLET("timeout", timeout_main, 113)
APPLET("top", top_main, 114)
APPLET("touch", touch_main, 115)
APPLET("tr", tr_main, 116)
#ifndef GNU_STYLE
APPLET("tree", tree_main, 117)
#endif
APPLET("true", true_main, 118)
APPLET("truncate", truncate_main, 119)
APPLET("tty", tty_main, 120)
#ifndef GNU_STYLE
APPLET("ttysize", ttysize_main, 121)
#endif
APPLET("uname", uname_main, 122)
APPLET("uniq", uniq_main, 123)
#ifndef GNU_STYLE
APPLET("unix2dos", dos2unix_main, 124)
#endif
APPLET("unlink", unlink_main, 125)
APPLET("uptime", uptime_main, 126)
APPLET("users", users_main, 127)
#ifndef GNU_STYLE
APPLET("usleep", usleep_main, 128)
#endif
#ifdef GNU_STYLE
APPLET("vdir", ls_main, 129)
#endif
#ifndef GNU_STYLE
APPLET("watch", watch_main, 130)
#endif
APPLET("wc", wc_main, 131)
APPLET("which", which_main, 132)
APPLET("who", who_main, 133)
APPLET("whoami", whoami_main, 134)
APPLET("xargs", xargs_main, 135)
#ifndef GNU_STYLE
APPLET("xxd", xxd_main, 136)
#endif
APPLET("yes", yes_main, 137)
#ifndef GNU_STYLE
APPLET("zcat", gzip_main, 138)
#endif
