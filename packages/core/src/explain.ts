/**
 * Results carry their provenance: every calculation returns its value, the articles it applied and the
 * warnings a user must see.
 */

/** A text in both languages the product speaks. */
export interface Bilingual {
  fr: string;
  en: string;
}

export interface Warning {
  code: string;
  message: Bilingual;
  articles?: string[];
}

export interface Explained<T> {
  value: T;
  /** Articles applied, e.g. ["D6325-15", "D6325-16"], in the order they were applied, without duplicates. */
  articles: string[];
  warnings: Warning[];
}

/** Collects articles and warnings while a calculation runs. */
export class Trail {
  readonly articles: string[] = [];
  readonly warnings: Warning[] = [];

  cite(...articles: string[]): this {
    for (const a of articles) if (!this.articles.includes(a)) this.articles.push(a);
    return this;
  }

  warn(w: Warning): this {
    if (!this.warnings.some((x) => x.code === w.code && x.message.en === w.message.en)) this.warnings.push(w);
    return this;
  }

  /** Merges another result's provenance and returns its value. */
  use<T>(r: Explained<T>): T {
    this.cite(...r.articles);
    for (const w of r.warnings) this.warn(w);
    return r.value;
  }

  done<T>(value: T): Explained<T> {
    return { value, articles: [...this.articles], warnings: [...this.warnings] };
  }
}
