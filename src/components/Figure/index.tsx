import {useId, type ComponentType, type ReactNode, type SVGProps} from 'react';
import styles from './styles.module.css';

/** An SVG file imported in MDX or TSX, which Docusaurus's SVGR plugin turns into a component. */
export type FigureImage = ComponentType<SVGProps<SVGSVGElement> & {title?: string; titleId?: string}>;

type Props = {
  /** The SVG, drawn with the classes this component colours (see CONTRIBUTING.md, 그림). */
  readonly image: FigureImage;
  /** A short accessible name: what the picture is. */
  readonly title: string;
  /** The visible caption: what the reader should take from it. */
  readonly caption: string;
  /** The long text alternative: what the picture shows, in full sentences. */
  readonly children: ReactNode;
};

/**
 * A figure we drew: inline SVG, so it follows the colour mode and scales
 * crisply to the column, with a caption and a description under a native
 * disclosure. Markup only: nothing runs in the browser.
 */
export default function Figure({image: Image, title, caption, children}: Props): ReactNode {
  const id = useId();
  return (
    <figure className={styles.figure}>
      <Image
        className={styles.image}
        role="img"
        title={title}
        titleId={`${id}-title`}
        aria-describedby={`${id}-description`}
        focusable="false"
      />
      <figcaption className={styles.caption}>{caption}</figcaption>
      <details className={styles.details}>
        <summary>그림 설명</summary>
        <div id={`${id}-description`} className={styles.description}>
          {children}
        </div>
      </details>
    </figure>
  );
}
