/**
 * The plan editor's pages and the widgets they are made of: grids of a list of the plan, labelled fields, answer
 * matrices, summaries of what the engine computes, and the diagrams that follow every change.
 */
package org.peerplan.ui.editor.pages;
