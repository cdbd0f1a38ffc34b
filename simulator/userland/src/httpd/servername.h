/*
 * What httpd does when no ServerName is set: it takes the machine's host name, looks it up
 * (in a container: /etc/hosts, which Docker writes) and warns that it uses the address.
 */
#ifndef HTTPD_SERVERNAME_H
#define HTTPD_SERVERNAME_H

/*
 * Prints the AH00557/AH00558 startup warnings (naming `program`, httpd's short name),
 * unless the host name is fully qualified.
 */
void warn_server_name(const char *program);

#endif
