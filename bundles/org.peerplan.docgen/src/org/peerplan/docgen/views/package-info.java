/**
 * View models: what a document shows, computed from the plan and the engine's results into maps, lists and strings,
 * so that templates only lay values out.
 */
package org.peerplan.docgen.views;
