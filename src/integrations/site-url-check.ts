/**
 * Says loudly, at the start and again at the end of `astro build`, when the
 * build has no SITE_URL (every absolute URL in it then points to localhost),
 * and stops a deploy build outright (see `siteUrlProblem`). `astro dev` and
 * `astro check` are left alone.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { siteUrlProblem } from '../site-url.ts';

function banner(message: string): string {
  const rule = '!'.repeat(78);
  return ['', rule, ...message.split('\n').map((line) => `!! ${line}`), rule, ''].join('\n');
}

export function siteUrlCheck(env: Record<string, string | undefined> = process.env): AstroIntegration {
  const problem = siteUrlProblem(env);
  const warn = (logger: AstroIntegrationLogger) => {
    if (problem?.level === 'warning') logger.warn(banner(problem.message));
  };
  return {
    name: 'parting-well:site-url-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' || !problem) return;
        if (problem.level === 'error') throw new Error(problem.message);
        warn(logger);
      },
      'astro:build:done': ({ logger }) => warn(logger),
    },
  };
}
