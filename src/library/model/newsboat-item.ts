// An item of newsboat's cache as read from its `rss_item` table, shared by the reader of the
// file (files/newsboat-cache.ts) and the parser that makes it an article (formats/newsboat.ts).
/** What one item needs to become an article (a row of newsboat's `rss_item` with its feed's title). */
export interface NewsboatItem {
  title: string;
  author: string;
  url: string;
  feedurl: string;
  feedTitle: string | null;
  /** Seconds since the epoch (newsboat stores the feed's date, or the fetch time). */
  pubDate: number;
  content: string;
}
