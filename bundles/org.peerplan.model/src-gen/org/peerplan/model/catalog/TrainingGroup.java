/**
 */
package org.peerplan.model.catalog;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Training Group</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.peerplan.model.catalog.CatalogPackage#getTrainingGroup()
 * @model
 * @generated
 */
public enum TrainingGroup implements Enumerator {
	/**
	 * The '<em><b>WISE CORE CURRICULUM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WISE_CORE_CURRICULUM_VALUE
	 * @generated
	 * @ordered
	 */
	WISE_CORE_CURRICULUM(0, "WISE_CORE_CURRICULUM", "WISE_CORE_CURRICULUM"),

	/**
	 * The '<em><b>PEER SUPPORT STAFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PEER_SUPPORT_STAFF_VALUE
	 * @generated
	 * @ordered
	 */
	PEER_SUPPORT_STAFF(1, "PEER_SUPPORT_STAFF", "PEER_SUPPORT_STAFF"),

	/**
	 * The '<em><b>EMPLOYER SPECIFIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMPLOYER_SPECIFIC_VALUE
	 * @generated
	 * @ordered
	 */
	EMPLOYER_SPECIFIC(2, "EMPLOYER_SPECIFIC", "EMPLOYER_SPECIFIC"),

	/**
	 * The '<em><b>WRAP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WRAP_VALUE
	 * @generated
	 * @ordered
	 */
	WRAP(3, "WRAP", "WRAP");

	/**
	 * The '<em><b>WISE CORE CURRICULUM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WISE_CORE_CURRICULUM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WISE_CORE_CURRICULUM_VALUE = 0;

	/**
	 * The '<em><b>PEER SUPPORT STAFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PEER_SUPPORT_STAFF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PEER_SUPPORT_STAFF_VALUE = 1;

	/**
	 * The '<em><b>EMPLOYER SPECIFIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMPLOYER_SPECIFIC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EMPLOYER_SPECIFIC_VALUE = 2;

	/**
	 * The '<em><b>WRAP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WRAP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WRAP_VALUE = 3;

	/**
	 * An array of all the '<em><b>Training Group</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TrainingGroup[] VALUES_ARRAY =
		new TrainingGroup[] {
			WISE_CORE_CURRICULUM,
			PEER_SUPPORT_STAFF,
			EMPLOYER_SPECIFIC,
			WRAP,
		};

	/**
	 * A public read-only list of all the '<em><b>Training Group</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TrainingGroup> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Training Group</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TrainingGroup get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TrainingGroup result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Training Group</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TrainingGroup getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TrainingGroup result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Training Group</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TrainingGroup get(int value) {
		switch (value) {
			case WISE_CORE_CURRICULUM_VALUE: return WISE_CORE_CURRICULUM;
			case PEER_SUPPORT_STAFF_VALUE: return PEER_SUPPORT_STAFF;
			case EMPLOYER_SPECIFIC_VALUE: return EMPLOYER_SPECIFIC;
			case WRAP_VALUE: return WRAP;
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
	private TrainingGroup(int value, String name, String literal) {
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
	
} //TrainingGroup
