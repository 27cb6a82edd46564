/** Creating plans: a new plan starts from the toolkit catalog, with every checklist, stage and task it recommends. */
package org.peerplan.core.plan;
