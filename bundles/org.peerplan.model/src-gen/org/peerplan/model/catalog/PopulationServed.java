/**
 */
package org.peerplan.model.catalog;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Population Served</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.peerplan.model.catalog.CatalogPackage#getPopulationServed()
 * @model
 * @generated
 */
public enum PopulationServed implements Enumerator {
	/**
	 * The '<em><b>UNSPECIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSPECIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	UNSPECIFIED(0, "UNSPECIFIED", "UNSPECIFIED"),

	/**
	 * The '<em><b>ADULT CONSUMER 18 PLUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADULT_CONSUMER_18_PLUS_VALUE
	 * @generated
	 * @ordered
	 */
	ADULT_CONSUMER_18_PLUS(1, "ADULT_CONSUMER_18_PLUS", "ADULT_CONSUMER_18_PLUS"),

	/**
	 * The '<em><b>FAMILY OF ADULT 18 PLUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAMILY_OF_ADULT_18_PLUS_VALUE
	 * @generated
	 * @ordered
	 */
	FAMILY_OF_ADULT_18_PLUS(2, "FAMILY_OF_ADULT_18_PLUS", "FAMILY_OF_ADULT_18_PLUS"),

	/**
	 * The '<em><b>PARENT CAREGIVER OF CHILD YOUTH 17 AND UNDER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARENT_CAREGIVER_OF_CHILD_YOUTH_17_AND_UNDER_VALUE
	 * @generated
	 * @ordered
	 */
	PARENT_CAREGIVER_OF_CHILD_YOUTH_17_AND_UNDER(3, "PARENT_CAREGIVER_OF_CHILD_YOUTH_17_AND_UNDER", "PARENT_CAREGIVER_OF_CHILD_YOUTH_17_AND_UNDER"),

	/**
	 * The '<em><b>TRANSITION AGE YOUTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRANSITION_AGE_YOUTH_VALUE
	 * @generated
	 * @ordered
	 */
	TRANSITION_AGE_YOUTH(4, "TRANSITION_AGE_YOUTH", "TRANSITION_AGE_YOUTH");

	/**
	 * The '<em><b>UNSPECIFIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSPECIFIED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNSPECIFIED_VALUE = 0;

	/**
	 * The '<em><b>ADULT CONSUMER 18 PLUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADULT_CONSUMER_18_PLUS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADULT_CONSUMER_18_PLUS_VALUE = 1;

	/**
	 * The '<em><b>FAMILY OF ADULT 18 PLUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAMILY_OF_ADULT_18_PLUS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FAMILY_OF_ADULT_18_PLUS_VALUE = 2;

	/**
	 * The '<em><b>PARENT CAREGIVER OF CHILD YOUTH 17 AND UNDER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARENT_CAREGIVER_OF_CHILD_YOUTH_17_AND_UNDER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARENT_CAREGIVER_OF_CHILD_YOUTH_17_AND_UNDER_VALUE = 3;

	/**
	 * The '<em><b>TRANSITION AGE YOUTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRANSITION_AGE_YOUTH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRANSITION_AGE_YOUTH_VALUE = 4;

	/**
	 * An array of all the '<em><b>Population Served</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PopulationServed[] VALUES_ARRAY =
		new PopulationServed[] {
			UNSPECIFIED,
			ADULT_CONSUMER_18_PLUS,
			FAMILY_OF_ADULT_18_PLUS,
			PARENT_CAREGIVER_OF_CHILD_YOUTH_17_AND_UNDER,
			TRANSITION_AGE_YOUTH,
		};

	/**
	 * A public read-only list of all the '<em><b>Population Served</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PopulationServed> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Population Served</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PopulationServed get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PopulationServed result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Population Served</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PopulationServed getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PopulationServed result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Population Served</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PopulationServed get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case ADULT_CONSUMER_18_PLUS_VALUE: return ADULT_CONSUMER_18_PLUS;
			case FAMILY_OF_ADULT_18_PLUS_VALUE: return FAMILY_OF_ADULT_18_PLUS;
			case PARENT_CAREGIVER_OF_CHILD_YOUTH_17_AND_UNDER_VALUE: return PARENT_CAREGIVER_OF_CHILD_YOUTH_17_AND_UNDER;
			case TRANSITION_AGE_YOUTH_VALUE: return TRANSITION_AGE_YOUTH;
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
	private PopulationServed(int value, String name, String literal) {
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
	
} //PopulationServed
