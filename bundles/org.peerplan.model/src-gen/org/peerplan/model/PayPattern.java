/**
 */
package org.peerplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Pay Pattern</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.peerplan.model.PeerPlanPackage#getPayPattern()
 * @model
 * @generated
 */
public enum PayPattern implements Enumerator {
	/**
	 * The '<em><b>NOT ASSESSED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_ASSESSED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_ASSESSED(0, "NOT_ASSESSED", "NOT_ASSESSED"),

	/**
	 * The '<em><b>LOWEST IN ORG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOWEST_IN_ORG_VALUE
	 * @generated
	 * @ordered
	 */
	LOWEST_IN_ORG(1, "LOWEST_IN_ORG", "LOWEST_IN_ORG"),

	/**
	 * The '<em><b>EQUAL ENTRY LEVEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EQUAL_ENTRY_LEVEL_VALUE
	 * @generated
	 * @ordered
	 */
	EQUAL_ENTRY_LEVEL(2, "EQUAL_ENTRY_LEVEL", "EQUAL_ENTRY_LEVEL"),

	/**
	 * The '<em><b>ABOVE ENTRY LEVEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ABOVE_ENTRY_LEVEL_VALUE
	 * @generated
	 * @ordered
	 */
	ABOVE_ENTRY_LEVEL(3, "ABOVE_ENTRY_LEVEL", "ABOVE_ENTRY_LEVEL");

	/**
	 * The '<em><b>NOT ASSESSED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_ASSESSED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_ASSESSED_VALUE = 0;

	/**
	 * The '<em><b>LOWEST IN ORG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOWEST_IN_ORG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOWEST_IN_ORG_VALUE = 1;

	/**
	 * The '<em><b>EQUAL ENTRY LEVEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EQUAL_ENTRY_LEVEL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EQUAL_ENTRY_LEVEL_VALUE = 2;

	/**
	 * The '<em><b>ABOVE ENTRY LEVEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ABOVE_ENTRY_LEVEL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ABOVE_ENTRY_LEVEL_VALUE = 3;

	/**
	 * An array of all the '<em><b>Pay Pattern</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PayPattern[] VALUES_ARRAY =
		new PayPattern[] {
			NOT_ASSESSED,
			LOWEST_IN_ORG,
			EQUAL_ENTRY_LEVEL,
			ABOVE_ENTRY_LEVEL,
		};

	/**
	 * A public read-only list of all the '<em><b>Pay Pattern</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PayPattern> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Pay Pattern</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PayPattern get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PayPattern result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Pay Pattern</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PayPattern getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PayPattern result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Pay Pattern</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PayPattern get(int value) {
		switch (value) {
			case NOT_ASSESSED_VALUE: return NOT_ASSESSED;
			case LOWEST_IN_ORG_VALUE: return LOWEST_IN_ORG;
			case EQUAL_ENTRY_LEVEL_VALUE: return EQUAL_ENTRY_LEVEL;
			case ABOVE_ENTRY_LEVEL_VALUE: return ABOVE_ENTRY_LEVEL;
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
	private PayPattern(int value, String name, String literal) {
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
	
} //PayPattern
