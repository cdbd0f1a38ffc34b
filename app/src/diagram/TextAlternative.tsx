import { memo } from 'react';
import { t, tf } from '../i18n';
import type { EngineSnapshot } from '../engine/engine';
import type { Selection } from './Details';
import { instructionLabel } from './layout';
import { stateText } from './text';

/** The diagram as lists, for screen readers and for anyone who prefers text; items open the same details. */
export const TextAlternative = memo(function TextAlternative({ snapshot, onSelect }: { snapshot: EngineSnapshot; onSelect(selection: Selection): void }) {
  const images = snapshot.images.filter((image) => !image.intermediate);
  const users = new Map<string, number>();
  for (const image of images) for (const layer of image.layers) users.set(layer.chainId, (users.get(layer.chainId) ?? 0) + 1);
  const imageName = (id: string) => snapshot.images.find((i) => i.id === id)?.repoTags[0] ?? id.slice(7, 19);
  return (
    <details className="diagram-text" data-testid="diagram-text">
      <summary>{t('diagram.summary')}</summary>
      <p>{t('diagram.textIntro')}</p>
      <ul aria-label={t('diagram.storage')}>
        {images.length === 0 && <li>{t('diagram.noImages')}</li>}
        {images.map((image) => (
          <li key={image.id} data-testid="diagram-text-image">
            {tf('diagram.imageItem', { name: image.repoTags[0] ?? image.shortId, size: image.sizeText, n: image.layers.length })}
            <ul>
              {[...image.layers].reverse().map((layer) => {
                const sharedBy = users.get(layer.chainId) ?? 1;
                return (
                  <li key={layer.chainId}>
                    <button type="button" className="link-button" onClick={() => onSelect({ kind: 'layer', id: layer.chainId })}>
                      {tf('diagram.layerItem', { instruction: instructionLabel(layer.createdBy), size: layer.sizeText })}
                    </button>
                    {sharedBy > 1 ? ` · ${tf('diagram.sharedItem', { n: sharedBy })}` : ''}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
      <ul aria-label={t('diagram.containers')}>
        {snapshot.containers.length === 0 && <li>{t('diagram.noContainers')}</li>}
        {snapshot.containers.map((c) => (
          <li key={c.id} data-testid="diagram-text-container">
            <button type="button" className="link-button" onClick={() => onSelect({ kind: 'container', id: c.id })}>
              {tf('diagram.containerItem', { name: c.name, state: stateText(c.state, c.exitCode), image: imageName(c.imageId) })}
            </button>
          </li>
        ))}
      </ul>
      <p>{t('diagram.notYet')}</p>
    </details>
  );
});
