/**
 * A Sätteri hast plugin that gives Markdown headings their ids before Sätteri's
 * own heading-id step runs (that step keeps an id that is already there, and
 * reports it in `headings`, so the guides' tables of contents follow). The
 * language comes from the file's folder (`content/guides/tr/…`); see
 * src/lib/heading-id.ts for why the language matters.
 */
import { fileURLToPath } from 'node:url';
import { sep } from 'node:path';
import { isLang } from '../i18n/locales.ts';
import { HeadingSlugger } from '../lib/heading-id.ts';

/** The parts of Sätteri's plugin API this plugin uses (typed here, not imported). */
interface HeadingNode {
  properties?: Record<string, unknown>;
}
interface VisitContext {
  textContent(node: HeadingNode): string;
  setProperty(node: HeadingNode, name: string, value: string): void;
}
interface FactoryContext {
  readonly fileURL: URL | undefined;
}

export function langOfFile(fileURL: URL | undefined): string | undefined {
  if (!fileURL || fileURL.protocol !== 'file:') return undefined;
  return fileURLToPath(fileURL).split(sep).find((part) => isLang(part));
}

export function localizedHeadingIds() {
  return (context: FactoryContext) => {
    const slugger = new HeadingSlugger(langOfFile(context.fileURL));
    return {
      name: 'localized-heading-ids',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node: HeadingNode, ctx: VisitContext) {
          if (typeof node.properties?.['id'] === 'string') return;
          ctx.setProperty(node, 'id', slugger.slug(ctx.textContent(node)));
        },
      },
    };
  };
}
