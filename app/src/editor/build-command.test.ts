import { describe, expect, it } from 'vitest';
import { buildCommandFor, imageTagFor, repositoryName } from './build-command';

const HOME = '/home/student';

describe('the Build button’s command', () => {
  it('goes to the Dockerfile’s folder and builds it, tagged after the folder', () => {
    expect(buildCommandFor(`${HOME}/hello/Dockerfile`, { cwd: HOME, home: HOME })).toBe(
      'cd ~/hello && docker build -t hello .',
    );
  });

  it('names a variant with -f and tags it after the suffix', () => {
    expect(buildCommandFor(`${HOME}/hello/Dockerfile.dev`, { cwd: `${HOME}/site`, home: HOME })).toBe(
      'cd ~/hello && docker build -f Dockerfile.dev -t hello:dev .',
    );
  });

  it('skips the cd when the shell is already there', () => {
    expect(buildCommandFor(`${HOME}/site/Dockerfile`, { cwd: `${HOME}/site`, home: HOME })).toBe(
      'docker build -t site .',
    );
  });

  it('quotes odd folder names and makes valid repository names', () => {
    expect(buildCommandFor(`${HOME}/My Site/Dockerfile`, { cwd: HOME, home: HOME })).toBe(
      "cd ~/'My Site' && docker build -t my-site .",
    );
    expect(buildCommandFor('/tmp/x/Dockerfile', { cwd: HOME, home: HOME })).toBe('cd /tmp/x && docker build -t x .');
    expect(repositoryName('__Web__App!!')).toBe('web-app');
    expect(repositoryName('한글')).toBe('my-image');
    expect(imageTagFor(`${HOME}/api/prod.Dockerfile`)).toBe('api:prod');
  });
});
