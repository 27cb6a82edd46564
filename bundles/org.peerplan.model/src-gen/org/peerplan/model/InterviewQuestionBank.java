/**
 */
package org.peerplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Interview Question Bank</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.peerplan.model.PeerPlanPackage#getInterviewQuestionBank()
 * @model
 * @generated
 */
public enum InterviewQuestionBank implements Enumerator {
	/**
	 * The '<em><b>LIVED EXPERIENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIVED_EXPERIENCE_VALUE
	 * @generated
	 * @ordered
	 */
	LIVED_EXPERIENCE(0, "LIVED_EXPERIENCE", "LIVED_EXPERIENCE"),

	/**
	 * The '<em><b>PEER SKILL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PEER_SKILL_VALUE
	 * @generated
	 * @ordered
	 */
	PEER_SKILL(1, "PEER_SKILL", "PEER_SKILL"),

	/**
	 * The '<em><b>SETTING DEPENDABILITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SETTING_DEPENDABILITY_VALUE
	 * @generated
	 * @ordered
	 */
	SETTING_DEPENDABILITY(2, "SETTING_DEPENDABILITY", "SETTING_DEPENDABILITY"),

	/**
	 * The '<em><b>ADDITIONAL TOPICS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADDITIONAL_TOPICS_VALUE
	 * @generated
	 * @ordered
	 */
	ADDITIONAL_TOPICS(3, "ADDITIONAL_TOPICS", "ADDITIONAL_TOPICS"),

	/**
	 * The '<em><b>SCENARIO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCENARIO_VALUE
	 * @generated
	 * @ordered
	 */
	SCENARIO(4, "SCENARIO", "SCENARIO"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(5, "OTHER", "OTHER");

	/**
	 * The '<em><b>LIVED EXPERIENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIVED_EXPERIENCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LIVED_EXPERIENCE_VALUE = 0;

	/**
	 * The '<em><b>PEER SKILL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PEER_SKILL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PEER_SKILL_VALUE = 1;

	/**
	 * The '<em><b>SETTING DEPENDABILITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SETTING_DEPENDABILITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SETTING_DEPENDABILITY_VALUE = 2;

	/**
	 * The '<em><b>ADDITIONAL TOPICS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADDITIONAL_TOPICS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADDITIONAL_TOPICS_VALUE = 3;

	/**
	 * The '<em><b>SCENARIO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCENARIO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SCENARIO_VALUE = 4;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 5;

	/**
	 * An array of all the '<em><b>Interview Question Bank</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InterviewQuestionBank[] VALUES_ARRAY =
		new InterviewQuestionBank[] {
			LIVED_EXPERIENCE,
			PEER_SKILL,
			SETTING_DEPENDABILITY,
			ADDITIONAL_TOPICS,
			SCENARIO,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Interview Question Bank</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InterviewQuestionBank> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Interview Question Bank</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InterviewQuestionBank get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InterviewQuestionBank result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Interview Question Bank</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InterviewQuestionBank getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InterviewQuestionBank result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Interview Question Bank</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InterviewQuestionBank get(int value) {
		switch (value) {
			case LIVED_EXPERIENCE_VALUE: return LIVED_EXPERIENCE;
			case PEER_SKILL_VALUE: return PEER_SKILL;
			case SETTING_DEPENDABILITY_VALUE: return SETTING_DEPENDABILITY;
			case ADDITIONAL_TOPICS_VALUE: return ADDITIONAL_TOPICS;
			case SCENARIO_VALUE: return SCENARIO;
			case OTHER_VALUE: return OTHER;
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
	private InterviewQuestionBank(int value, String name, String literal) {
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
	
} //InterviewQuestionBank
