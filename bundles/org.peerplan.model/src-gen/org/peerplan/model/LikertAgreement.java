/**
 */
package org.peerplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Likert Agreement</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.peerplan.model.PeerPlanPackage#getLikertAgreement()
 * @model
 * @generated
 */
public enum LikertAgreement implements Enumerator {
	/**
	 * The '<em><b>NO ANSWER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_ANSWER_VALUE
	 * @generated
	 * @ordered
	 */
	NO_ANSWER(0, "NO_ANSWER", "NO_ANSWER"),

	/**
	 * The '<em><b>STRONGLY AGREE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRONGLY_AGREE_VALUE
	 * @generated
	 * @ordered
	 */
	STRONGLY_AGREE(1, "STRONGLY_AGREE", "STRONGLY_AGREE"),

	/**
	 * The '<em><b>AGREE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGREE_VALUE
	 * @generated
	 * @ordered
	 */
	AGREE(2, "AGREE", "AGREE"),

	/**
	 * The '<em><b>NEUTRAL NOT SURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEUTRAL_NOT_SURE_VALUE
	 * @generated
	 * @ordered
	 */
	NEUTRAL_NOT_SURE(3, "NEUTRAL_NOT_SURE", "NEUTRAL_NOT_SURE"),

	/**
	 * The '<em><b>DISAGREE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISAGREE_VALUE
	 * @generated
	 * @ordered
	 */
	DISAGREE(4, "DISAGREE", "DISAGREE"),

	/**
	 * The '<em><b>STRONGLY DISAGREE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRONGLY_DISAGREE_VALUE
	 * @generated
	 * @ordered
	 */
	STRONGLY_DISAGREE(5, "STRONGLY_DISAGREE", "STRONGLY_DISAGREE");

	/**
	 * The '<em><b>NO ANSWER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_ANSWER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NO_ANSWER_VALUE = 0;

	/**
	 * The '<em><b>STRONGLY AGREE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRONGLY_AGREE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STRONGLY_AGREE_VALUE = 1;

	/**
	 * The '<em><b>AGREE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGREE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AGREE_VALUE = 2;

	/**
	 * The '<em><b>NEUTRAL NOT SURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEUTRAL_NOT_SURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NEUTRAL_NOT_SURE_VALUE = 3;

	/**
	 * The '<em><b>DISAGREE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISAGREE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DISAGREE_VALUE = 4;

	/**
	 * The '<em><b>STRONGLY DISAGREE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRONGLY_DISAGREE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STRONGLY_DISAGREE_VALUE = 5;

	/**
	 * An array of all the '<em><b>Likert Agreement</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LikertAgreement[] VALUES_ARRAY =
		new LikertAgreement[] {
			NO_ANSWER,
			STRONGLY_AGREE,
			AGREE,
			NEUTRAL_NOT_SURE,
			DISAGREE,
			STRONGLY_DISAGREE,
		};

	/**
	 * A public read-only list of all the '<em><b>Likert Agreement</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LikertAgreement> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Likert Agreement</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LikertAgreement get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LikertAgreement result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Likert Agreement</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LikertAgreement getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LikertAgreement result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Likert Agreement</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LikertAgreement get(int value) {
		switch (value) {
			case NO_ANSWER_VALUE: return NO_ANSWER;
			case STRONGLY_AGREE_VALUE: return STRONGLY_AGREE;
			case AGREE_VALUE: return AGREE;
			case NEUTRAL_NOT_SURE_VALUE: return NEUTRAL_NOT_SURE;
			case DISAGREE_VALUE: return DISAGREE;
			case STRONGLY_DISAGREE_VALUE: return STRONGLY_DISAGREE;
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
	private LikertAgreement(int value, String name, String literal) {
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
	
} //LikertAgreement
