/**
 */
package org.peerplan.model.catalog;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Motivation Group</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.peerplan.model.catalog.CatalogPackage#getMotivationGroup()
 * @model
 * @generated
 */
public enum MotivationGroup implements Enumerator {
	/**
	 * The '<em><b>MOTIVATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOTIVATION_VALUE
	 * @generated
	 * @ordered
	 */
	MOTIVATION(0, "MOTIVATION", "MOTIVATION"),

	/**
	 * The '<em><b>CONCERNS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONCERNS_VALUE
	 * @generated
	 * @ordered
	 */
	CONCERNS(1, "CONCERNS", "CONCERNS");

	/**
	 * The '<em><b>MOTIVATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOTIVATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MOTIVATION_VALUE = 0;

	/**
	 * The '<em><b>CONCERNS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONCERNS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONCERNS_VALUE = 1;

	/**
	 * An array of all the '<em><b>Motivation Group</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MotivationGroup[] VALUES_ARRAY =
		new MotivationGroup[] {
			MOTIVATION,
			CONCERNS,
		};

	/**
	 * A public read-only list of all the '<em><b>Motivation Group</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MotivationGroup> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Motivation Group</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MotivationGroup get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MotivationGroup result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Motivation Group</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MotivationGroup getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MotivationGroup result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Motivation Group</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MotivationGroup get(int value) {
		switch (value) {
			case MOTIVATION_VALUE: return MOTIVATION;
			case CONCERNS_VALUE: return CONCERNS;
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
	private MotivationGroup(int value, String name, String literal) {
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
	
} //MotivationGroup
