/** The workbench's preferences: recovery copies and the recent plans list. */
package org.peerplan.ui.preferences;
