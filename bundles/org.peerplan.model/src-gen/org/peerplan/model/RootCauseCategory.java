/**
 */
package org.peerplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Root Cause Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.peerplan.model.PeerPlanPackage#getRootCauseCategory()
 * @model
 * @generated
 */
public enum RootCauseCategory implements Enumerator {
	/**
	 * The '<em><b>ENVIRONMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENVIRONMENT_VALUE
	 * @generated
	 * @ordered
	 */
	ENVIRONMENT(0, "ENVIRONMENT", "ENVIRONMENT"),

	/**
	 * The '<em><b>PEOPLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PEOPLE_VALUE
	 * @generated
	 * @ordered
	 */
	PEOPLE(1, "PEOPLE", "PEOPLE"),

	/**
	 * The '<em><b>POLICIES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICIES_VALUE
	 * @generated
	 * @ordered
	 */
	POLICIES(2, "POLICIES", "POLICIES"),

	/**
	 * The '<em><b>PROCESSES AND PROCEDURES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROCESSES_AND_PROCEDURES_VALUE
	 * @generated
	 * @ordered
	 */
	PROCESSES_AND_PROCEDURES(3, "PROCESSES_AND_PROCEDURES", "PROCESSES_AND_PROCEDURES");

	/**
	 * The '<em><b>ENVIRONMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENVIRONMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENVIRONMENT_VALUE = 0;

	/**
	 * The '<em><b>PEOPLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PEOPLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PEOPLE_VALUE = 1;

	/**
	 * The '<em><b>POLICIES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICIES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POLICIES_VALUE = 2;

	/**
	 * The '<em><b>PROCESSES AND PROCEDURES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROCESSES_AND_PROCEDURES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROCESSES_AND_PROCEDURES_VALUE = 3;

	/**
	 * An array of all the '<em><b>Root Cause Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RootCauseCategory[] VALUES_ARRAY =
		new RootCauseCategory[] {
			ENVIRONMENT,
			PEOPLE,
			POLICIES,
			PROCESSES_AND_PROCEDURES,
		};

	/**
	 * A public read-only list of all the '<em><b>Root Cause Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RootCauseCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Root Cause Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RootCauseCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RootCauseCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Root Cause Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RootCauseCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RootCauseCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Root Cause Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RootCauseCategory get(int value) {
		switch (value) {
			case ENVIRONMENT_VALUE: return ENVIRONMENT;
			case PEOPLE_VALUE: return PEOPLE;
			case POLICIES_VALUE: return POLICIES;
			case PROCESSES_AND_PROCEDURES_VALUE: return PROCESSES_AND_PROCEDURES;
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
	private RootCauseCategory(int value, String name, String literal) {
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
	
} //RootCauseCategory
