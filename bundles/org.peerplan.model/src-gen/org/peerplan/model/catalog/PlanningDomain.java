/**
 */
package org.peerplan.model.catalog;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Planning Domain</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.peerplan.model.catalog.CatalogPackage#getPlanningDomain()
 * @model
 * @generated
 */
public enum PlanningDomain implements Enumerator {
	/**
	 * The '<em><b>LAYING THE FOUNDATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAYING_THE_FOUNDATION_VALUE
	 * @generated
	 * @ordered
	 */
	LAYING_THE_FOUNDATION(0, "LAYING_THE_FOUNDATION", "LAYING_THE_FOUNDATION"),

	/**
	 * The '<em><b>POLICY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICY_VALUE
	 * @generated
	 * @ordered
	 */
	POLICY(1, "POLICY", "POLICY"),

	/**
	 * The '<em><b>WORKFORCE DEVELOPMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKFORCE_DEVELOPMENT_VALUE
	 * @generated
	 * @ordered
	 */
	WORKFORCE_DEVELOPMENT(2, "WORKFORCE_DEVELOPMENT", "WORKFORCE_DEVELOPMENT"),

	/**
	 * The '<em><b>PEER LEADERSHIP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PEER_LEADERSHIP_VALUE
	 * @generated
	 * @ordered
	 */
	PEER_LEADERSHIP(3, "PEER_LEADERSHIP", "PEER_LEADERSHIP"),

	/**
	 * The '<em><b>RESEARCH AND OUTCOMES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESEARCH_AND_OUTCOMES_VALUE
	 * @generated
	 * @ordered
	 */
	RESEARCH_AND_OUTCOMES(4, "RESEARCH_AND_OUTCOMES", "RESEARCH_AND_OUTCOMES");

	/**
	 * The '<em><b>LAYING THE FOUNDATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAYING_THE_FOUNDATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LAYING_THE_FOUNDATION_VALUE = 0;

	/**
	 * The '<em><b>POLICY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POLICY_VALUE = 1;

	/**
	 * The '<em><b>WORKFORCE DEVELOPMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKFORCE_DEVELOPMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WORKFORCE_DEVELOPMENT_VALUE = 2;

	/**
	 * The '<em><b>PEER LEADERSHIP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PEER_LEADERSHIP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PEER_LEADERSHIP_VALUE = 3;

	/**
	 * The '<em><b>RESEARCH AND OUTCOMES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESEARCH_AND_OUTCOMES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESEARCH_AND_OUTCOMES_VALUE = 4;

	/**
	 * An array of all the '<em><b>Planning Domain</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PlanningDomain[] VALUES_ARRAY =
		new PlanningDomain[] {
			LAYING_THE_FOUNDATION,
			POLICY,
			WORKFORCE_DEVELOPMENT,
			PEER_LEADERSHIP,
			RESEARCH_AND_OUTCOMES,
		};

	/**
	 * A public read-only list of all the '<em><b>Planning Domain</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PlanningDomain> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Planning Domain</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PlanningDomain get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PlanningDomain result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Planning Domain</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PlanningDomain getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PlanningDomain result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Planning Domain</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PlanningDomain get(int value) {
		switch (value) {
			case LAYING_THE_FOUNDATION_VALUE: return LAYING_THE_FOUNDATION;
			case POLICY_VALUE: return POLICY;
			case WORKFORCE_DEVELOPMENT_VALUE: return WORKFORCE_DEVELOPMENT;
			case PEER_LEADERSHIP_VALUE: return PEER_LEADERSHIP;
			case RESEARCH_AND_OUTCOMES_VALUE: return RESEARCH_AND_OUTCOMES;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private PlanningDomain(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //PlanningDomain
