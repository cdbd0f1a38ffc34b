/** What the simulated daemon reports about itself (GET /version), as Docker Engine 28.2.2 on Linux. */
export const serverVersion = {
  platform: 'Docker Engine - Community',
  engine: {
    Version: '28.2.2',
    ApiVersion: '1.50',
    MinAPIVersion: '1.24',
    GoVersion: 'go1.24.3',
    GitCommit: '45873be',
    BuildTime: 'Fri May 30 12:07:14 2025',
    Os: 'linux',
    Arch: 'amd64',
    Experimental: 'false',
  },
  components: [
    { Name: 'containerd', Version: '1.7.27', Details: { GitCommit: '05044ec0a9a75232cad458027ca83437aae3f4da' } },
    { Name: 'runc', Version: '1.2.5', Details: { GitCommit: 'v1.2.5-0-g59923ef' } },
    { Name: 'docker-init', Version: '0.19.0', Details: { GitCommit: 'de40ad0' } },
  ],
} as const;
