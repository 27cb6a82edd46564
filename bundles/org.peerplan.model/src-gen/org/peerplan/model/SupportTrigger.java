/**
 */
package org.peerplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Support Trigger</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.peerplan.model.PeerPlanPackage#getSupportTrigger()
 * @model
 * @generated
 */
public enum SupportTrigger implements Enumerator {
	/**
	 * The '<em><b>NEW HIRE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEW_HIRE_VALUE
	 * @generated
	 * @ordered
	 */
	NEW_HIRE(0, "NEW_HIRE", "NEW_HIRE"),

	/**
	 * The '<em><b>SPECIAL OCCASION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPECIAL_OCCASION_VALUE
	 * @generated
	 * @ordered
	 */
	SPECIAL_OCCASION(1, "SPECIAL_OCCASION", "SPECIAL_OCCASION"),

	/**
	 * The '<em><b>PERSONAL DIFFICULTY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERSONAL_DIFFICULTY_VALUE
	 * @generated
	 * @ordered
	 */
	PERSONAL_DIFFICULTY(2, "PERSONAL_DIFFICULTY", "PERSONAL_DIFFICULTY"),

	/**
	 * The '<em><b>ORGANIZATIONAL CHANGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORGANIZATIONAL_CHANGE_VALUE
	 * @generated
	 * @ordered
	 */
	ORGANIZATIONAL_CHANGE(3, "ORGANIZATIONAL_CHANGE", "ORGANIZATIONAL_CHANGE");

	/**
	 * The '<em><b>NEW HIRE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEW_HIRE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NEW_HIRE_VALUE = 0;

	/**
	 * The '<em><b>SPECIAL OCCASION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPECIAL_OCCASION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SPECIAL_OCCASION_VALUE = 1;

	/**
	 * The '<em><b>PERSONAL DIFFICULTY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERSONAL_DIFFICULTY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PERSONAL_DIFFICULTY_VALUE = 2;

	/**
	 * The '<em><b>ORGANIZATIONAL CHANGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORGANIZATIONAL_CHANGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ORGANIZATIONAL_CHANGE_VALUE = 3;

	/**
	 * An array of all the '<em><b>Support Trigger</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SupportTrigger[] VALUES_ARRAY =
		new SupportTrigger[] {
			NEW_HIRE,
			SPECIAL_OCCASION,
			PERSONAL_DIFFICULTY,
			ORGANIZATIONAL_CHANGE,
		};

	/**
	 * A public read-only list of all the '<em><b>Support Trigger</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SupportTrigger> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Support Trigger</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SupportTrigger get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SupportTrigger result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Support Trigger</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SupportTrigger getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SupportTrigger result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Support Trigger</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SupportTrigger get(int value) {
		switch (value) {
			case NEW_HIRE_VALUE: return NEW_HIRE;
			case SPECIAL_OCCASION_VALUE: return SPECIAL_OCCASION;
			case PERSONAL_DIFFICULTY_VALUE: return PERSONAL_DIFFICULTY;
			case ORGANIZATIONAL_CHANGE_VALUE: return ORGANIZATIONAL_CHANGE;
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
	private SupportTrigger(int value, String name, String literal) {
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
	
} //SupportTrigger
