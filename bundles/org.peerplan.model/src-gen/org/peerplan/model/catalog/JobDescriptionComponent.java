/**
 */
package org.peerplan.model.catalog;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Job Description Component</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.peerplan.model.catalog.CatalogPackage#getJobDescriptionComponent()
 * @model
 * @generated
 */
public enum JobDescriptionComponent implements Enumerator {
	/**
	 * The '<em><b>FUNCTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUNCTION_VALUE
	 * @generated
	 * @ordered
	 */
	FUNCTION(0, "FUNCTION", "FUNCTION"),

	/**
	 * The '<em><b>REPORTING RELATIONSHIPS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPORTING_RELATIONSHIPS_VALUE
	 * @generated
	 * @ordered
	 */
	REPORTING_RELATIONSHIPS(1, "REPORTING_RELATIONSHIPS", "REPORTING_RELATIONSHIPS"),

	/**
	 * The '<em><b>RESPONSIBILITIES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESPONSIBILITIES_VALUE
	 * @generated
	 * @ordered
	 */
	RESPONSIBILITIES(2, "RESPONSIBILITIES", "RESPONSIBILITIES"),

	/**
	 * The '<em><b>QUALIFICATIONS COMPETENCIES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUALIFICATIONS_COMPETENCIES_VALUE
	 * @generated
	 * @ordered
	 */
	QUALIFICATIONS_COMPETENCIES(3, "QUALIFICATIONS_COMPETENCIES", "QUALIFICATIONS_COMPETENCIES"),

	/**
	 * The '<em><b>EMPLOYMENT CONDITIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMPLOYMENT_CONDITIONS_VALUE
	 * @generated
	 * @ordered
	 */
	EMPLOYMENT_CONDITIONS(4, "EMPLOYMENT_CONDITIONS", "EMPLOYMENT_CONDITIONS");

	/**
	 * The '<em><b>FUNCTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUNCTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FUNCTION_VALUE = 0;

	/**
	 * The '<em><b>REPORTING RELATIONSHIPS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPORTING_RELATIONSHIPS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REPORTING_RELATIONSHIPS_VALUE = 1;

	/**
	 * The '<em><b>RESPONSIBILITIES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESPONSIBILITIES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESPONSIBILITIES_VALUE = 2;

	/**
	 * The '<em><b>QUALIFICATIONS COMPETENCIES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUALIFICATIONS_COMPETENCIES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int QUALIFICATIONS_COMPETENCIES_VALUE = 3;

	/**
	 * The '<em><b>EMPLOYMENT CONDITIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMPLOYMENT_CONDITIONS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EMPLOYMENT_CONDITIONS_VALUE = 4;

	/**
	 * An array of all the '<em><b>Job Description Component</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final JobDescriptionComponent[] VALUES_ARRAY =
		new JobDescriptionComponent[] {
			FUNCTION,
			REPORTING_RELATIONSHIPS,
			RESPONSIBILITIES,
			QUALIFICATIONS_COMPETENCIES,
			EMPLOYMENT_CONDITIONS,
		};

	/**
	 * A public read-only list of all the '<em><b>Job Description Component</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<JobDescriptionComponent> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Job Description Component</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static JobDescriptionComponent get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			JobDescriptionComponent result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Job Description Component</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static JobDescriptionComponent getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			JobDescriptionComponent result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Job Description Component</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static JobDescriptionComponent get(int value) {
		switch (value) {
			case FUNCTION_VALUE: return FUNCTION;
			case REPORTING_RELATIONSHIPS_VALUE: return REPORTING_RELATIONSHIPS;
			case RESPONSIBILITIES_VALUE: return RESPONSIBILITIES;
			case QUALIFICATIONS_COMPETENCIES_VALUE: return QUALIFICATIONS_COMPETENCIES;
			case EMPLOYMENT_CONDITIONS_VALUE: return EMPLOYMENT_CONDITIONS;
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
	private JobDescriptionComponent(int value, String name, String literal) {
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
	
} //JobDescriptionComponent
