/**
 */
package org.peerplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Competency Rating</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.peerplan.model.PeerPlanPackage#getCompetencyRating()
 * @model
 * @generated
 */
public enum CompetencyRating implements Enumerator {
	/**
	 * The '<em><b>NOT RATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_RATED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_RATED(0, "NOT_RATED", "NOT_RATED"),

	/**
	 * The '<em><b>NOT IN PLACE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_IN_PLACE_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_IN_PLACE(1, "NOT_IN_PLACE", "NOT_IN_PLACE"),

	/**
	 * The '<em><b>EMERGING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMERGING_VALUE
	 * @generated
	 * @ordered
	 */
	EMERGING(2, "EMERGING", "EMERGING"),

	/**
	 * The '<em><b>PARTIALLY IN PLACE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTIALLY_IN_PLACE_VALUE
	 * @generated
	 * @ordered
	 */
	PARTIALLY_IN_PLACE(3, "PARTIALLY_IN_PLACE", "PARTIALLY_IN_PLACE"),

	/**
	 * The '<em><b>ESTABLISHED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ESTABLISHED_VALUE
	 * @generated
	 * @ordered
	 */
	ESTABLISHED(4, "ESTABLISHED", "ESTABLISHED");

	/**
	 * The '<em><b>NOT RATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_RATED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_RATED_VALUE = 0;

	/**
	 * The '<em><b>NOT IN PLACE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_IN_PLACE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_IN_PLACE_VALUE = 1;

	/**
	 * The '<em><b>EMERGING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMERGING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EMERGING_VALUE = 2;

	/**
	 * The '<em><b>PARTIALLY IN PLACE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTIALLY_IN_PLACE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARTIALLY_IN_PLACE_VALUE = 3;

	/**
	 * The '<em><b>ESTABLISHED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ESTABLISHED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ESTABLISHED_VALUE = 4;

	/**
	 * An array of all the '<em><b>Competency Rating</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CompetencyRating[] VALUES_ARRAY =
		new CompetencyRating[] {
			NOT_RATED,
			NOT_IN_PLACE,
			EMERGING,
			PARTIALLY_IN_PLACE,
			ESTABLISHED,
		};

	/**
	 * A public read-only list of all the '<em><b>Competency Rating</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CompetencyRating> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Competency Rating</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CompetencyRating get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CompetencyRating result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Competency Rating</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CompetencyRating getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CompetencyRating result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Competency Rating</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CompetencyRating get(int value) {
		switch (value) {
			case NOT_RATED_VALUE: return NOT_RATED;
			case NOT_IN_PLACE_VALUE: return NOT_IN_PLACE;
			case EMERGING_VALUE: return EMERGING;
			case PARTIALLY_IN_PLACE_VALUE: return PARTIALLY_IN_PLACE;
			case ESTABLISHED_VALUE: return ESTABLISHED;
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
	private CompetencyRating(int value, String name, String literal) {
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
	
} //CompetencyRating
