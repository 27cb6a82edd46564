/**
 * The toolkits' rules (DOMAIN §9), one small class each, named after the rule's id, grouped by area in the
 * {@code *Rules} lists that {@link org.peerplan.core.validation.RuleRegistry} assembles.
 */
package org.peerplan.core.internal.rules;
