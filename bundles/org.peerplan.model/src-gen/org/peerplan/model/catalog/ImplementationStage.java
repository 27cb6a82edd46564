/**
 */
package org.peerplan.model.catalog;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Implementation Stage</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.peerplan.model.catalog.CatalogPackage#getImplementationStage()
 * @model
 * @generated
 */
public enum ImplementationStage implements Enumerator {
	/**
	 * The '<em><b>EARLY IMPLEMENTATION FOUNDATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EARLY_IMPLEMENTATION_FOUNDATION_VALUE
	 * @generated
	 * @ordered
	 */
	EARLY_IMPLEMENTATION_FOUNDATION(0, "EARLY_IMPLEMENTATION_FOUNDATION", "EARLY_IMPLEMENTATION_FOUNDATION"),

	/**
	 * The '<em><b>POLICY REVIEW READINESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICY_REVIEW_READINESS_VALUE
	 * @generated
	 * @ordered
	 */
	POLICY_REVIEW_READINESS(1, "POLICY_REVIEW_READINESS", "POLICY_REVIEW_READINESS"),

	/**
	 * The '<em><b>DEVELOPING TIMELINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEVELOPING_TIMELINE_VALUE
	 * @generated
	 * @ordered
	 */
	DEVELOPING_TIMELINE(2, "DEVELOPING_TIMELINE", "DEVELOPING_TIMELINE"),

	/**
	 * The '<em><b>JOB DESCRIPTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JOB_DESCRIPTION_VALUE
	 * @generated
	 * @ordered
	 */
	JOB_DESCRIPTION(3, "JOB_DESCRIPTION", "JOB_DESCRIPTION"),

	/**
	 * The '<em><b>RECRUITMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECRUITMENT_VALUE
	 * @generated
	 * @ordered
	 */
	RECRUITMENT(4, "RECRUITMENT", "RECRUITMENT"),

	/**
	 * The '<em><b>INTERVIEW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERVIEW_VALUE
	 * @generated
	 * @ordered
	 */
	INTERVIEW(5, "INTERVIEW", "INTERVIEW"),

	/**
	 * The '<em><b>PAY RATES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAY_RATES_VALUE
	 * @generated
	 * @ordered
	 */
	PAY_RATES(6, "PAY_RATES", "PAY_RATES"),

	/**
	 * The '<em><b>SUPERVISION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERVISION_VALUE
	 * @generated
	 * @ordered
	 */
	SUPERVISION(7, "SUPERVISION", "SUPERVISION"),

	/**
	 * The '<em><b>PERFORMANCE REVIEWS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERFORMANCE_REVIEWS_VALUE
	 * @generated
	 * @ordered
	 */
	PERFORMANCE_REVIEWS(8, "PERFORMANCE_REVIEWS", "PERFORMANCE_REVIEWS"),

	/**
	 * The '<em><b>ONBOARDING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ONBOARDING_VALUE
	 * @generated
	 * @ordered
	 */
	ONBOARDING(9, "ONBOARDING", "ONBOARDING");

	/**
	 * The '<em><b>EARLY IMPLEMENTATION FOUNDATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EARLY_IMPLEMENTATION_FOUNDATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EARLY_IMPLEMENTATION_FOUNDATION_VALUE = 0;

	/**
	 * The '<em><b>POLICY REVIEW READINESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICY_REVIEW_READINESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POLICY_REVIEW_READINESS_VALUE = 1;

	/**
	 * The '<em><b>DEVELOPING TIMELINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEVELOPING_TIMELINE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEVELOPING_TIMELINE_VALUE = 2;

	/**
	 * The '<em><b>JOB DESCRIPTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JOB_DESCRIPTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int JOB_DESCRIPTION_VALUE = 3;

	/**
	 * The '<em><b>RECRUITMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECRUITMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RECRUITMENT_VALUE = 4;

	/**
	 * The '<em><b>INTERVIEW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERVIEW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERVIEW_VALUE = 5;

	/**
	 * The '<em><b>PAY RATES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAY_RATES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PAY_RATES_VALUE = 6;

	/**
	 * The '<em><b>SUPERVISION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERVISION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUPERVISION_VALUE = 7;

	/**
	 * The '<em><b>PERFORMANCE REVIEWS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERFORMANCE_REVIEWS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PERFORMANCE_REVIEWS_VALUE = 8;

	/**
	 * The '<em><b>ONBOARDING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ONBOARDING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ONBOARDING_VALUE = 9;

	/**
	 * An array of all the '<em><b>Implementation Stage</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ImplementationStage[] VALUES_ARRAY =
		new ImplementationStage[] {
			EARLY_IMPLEMENTATION_FOUNDATION,
			POLICY_REVIEW_READINESS,
			DEVELOPING_TIMELINE,
			JOB_DESCRIPTION,
			RECRUITMENT,
			INTERVIEW,
			PAY_RATES,
			SUPERVISION,
			PERFORMANCE_REVIEWS,
			ONBOARDING,
		};

	/**
	 * A public read-only list of all the '<em><b>Implementation Stage</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ImplementationStage> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Implementation Stage</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ImplementationStage get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ImplementationStage result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Implementation Stage</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ImplementationStage getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ImplementationStage result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Implementation Stage</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ImplementationStage get(int value) {
		switch (value) {
			case EARLY_IMPLEMENTATION_FOUNDATION_VALUE: return EARLY_IMPLEMENTATION_FOUNDATION;
			case POLICY_REVIEW_READINESS_VALUE: return POLICY_REVIEW_READINESS;
			case DEVELOPING_TIMELINE_VALUE: return DEVELOPING_TIMELINE;
			case JOB_DESCRIPTION_VALUE: return JOB_DESCRIPTION;
			case RECRUITMENT_VALUE: return RECRUITMENT;
			case INTERVIEW_VALUE: return INTERVIEW;
			case PAY_RATES_VALUE: return PAY_RATES;
			case SUPERVISION_VALUE: return SUPERVISION;
			case PERFORMANCE_REVIEWS_VALUE: return PERFORMANCE_REVIEWS;
			case ONBOARDING_VALUE: return ONBOARDING;
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
	private ImplementationStage(int value, String name, String literal) {
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
	
} //ImplementationStage
