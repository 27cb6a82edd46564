/** The workbench's wizards: New Plan. */
package org.peerplan.ui.wizards;
