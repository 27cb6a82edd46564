/**
 * The toolkit catalog shipped with PeerPlan: quiz items, competencies, policy checklist, stage templates, conflicting
 * duties, training menu and the other lists of the source toolkits, each item with its citation. Plans refer to
 * catalog items by URI ({@link org.peerplan.content.ToolkitCatalog#URI}), so the catalog is data, never code.
 */
package org.peerplan.content;
