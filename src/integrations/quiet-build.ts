import type { Plugin } from 'vite';

/**
 * Two warnings every build printed that say nothing about this project, so that a newcomer had
 * to learn to ignore about 230 lines. Each is silenced exactly (by its code or text); every other
 * warning still prints. Remove an entry when the library named fixes its cause.
 */

/**
 * Rolldown (Vite 8) warns that the directive "use astro:head-inject" in each MDX article's
 * `?astroPropagatedAssets` module "may not be preserved when bundling": one warning of ten lines
 * per article. Astro reads that marker while it transforms the module (to put an article's
 * styles in the page head), before bundling, so losing it afterwards is harmless. A known Astro
 * issue, withastro/astro#18087.
 */
export function isAstroHeadInjectWarning(warning: { code?: string; message: string }): boolean {
  return warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"');
}

/**
 * Lightning CSS (Vite's CSS minifier) does not know `:target-current` yet, the pseudo-class that
 * marks the section being read in an article's contents (src/components/TableOfContents.astro).
 * It warns and keeps the rule unchanged; browsers without it ignore the rule.
 */
export function isUnknownTargetCurrentWarning(message: string): boolean {
  return message.includes("[lightningcss minify] 'target-current' is not recognized as a valid pseudo-class");
}

/** A Vite plugin that drops exactly the two warnings above. */
export function quietKnownBuildWarnings(): Plugin {
  return {
    name: 'mentorship-guide:quiet-known-build-warnings',
    config: () => ({
      build: {
        rolldownOptions: {
          onwarn(warning, warn) {
            if (!isAstroHeadInjectWarning(warning)) warn(warning);
          },
        },
      },
    }),
    configResolved(config) {
      const warn = config.logger.warn.bind(config.logger);
      config.logger.warn = (message, options) => {
        if (!isUnknownTargetCurrentWarning(message)) warn(message, options);
      };
    },
  };
}
