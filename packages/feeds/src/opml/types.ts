export interface OpmlFeed {
  title: string | null;
  xmlUrl: string;
  htmlUrl: string | null;
  /** Title of the enclosing folder outline, null at top level. */
  category: string | null;
}

export interface OpmlDocument {
  title: string | null;
  outlines: OpmlFeed[];
}
