/**
 */
package org.peerplan.model.catalog;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Source Document</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.peerplan.model.catalog.CatalogPackage#getSourceDocument()
 * @model
 * @generated
 */
public enum SourceDocument implements Enumerator {
	/**
	 * The '<em><b>WISE EMPLOYER TOOLKIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WISE_EMPLOYER_TOOLKIT_VALUE
	 * @generated
	 * @ordered
	 */
	WISE_EMPLOYER_TOOLKIT(1, "WISE_EMPLOYER_TOOLKIT", "WISE_EMPLOYER_TOOLKIT"),

	/**
	 * The '<em><b>TRANSCOM QA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRANSCOM_QA_VALUE
	 * @generated
	 * @ordered
	 */
	TRANSCOM_QA(2, "TRANSCOM_QA", "TRANSCOM_QA"),

	/**
	 * The '<em><b>PROVIDERS HANDBOOK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVIDERS_HANDBOOK_VALUE
	 * @generated
	 * @ordered
	 */
	PROVIDERS_HANDBOOK(3, "PROVIDERS_HANDBOOK", "PROVIDERS_HANDBOOK"),

	/**
	 * The '<em><b>INTEGRATION WEBINAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTEGRATION_WEBINAR_VALUE
	 * @generated
	 * @ordered
	 */
	INTEGRATION_WEBINAR(4, "INTEGRATION_WEBINAR", "INTEGRATION_WEBINAR");

	/**
	 * The '<em><b>WISE EMPLOYER TOOLKIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WISE_EMPLOYER_TOOLKIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WISE_EMPLOYER_TOOLKIT_VALUE = 1;

	/**
	 * The '<em><b>TRANSCOM QA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRANSCOM_QA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRANSCOM_QA_VALUE = 2;

	/**
	 * The '<em><b>PROVIDERS HANDBOOK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVIDERS_HANDBOOK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROVIDERS_HANDBOOK_VALUE = 3;

	/**
	 * The '<em><b>INTEGRATION WEBINAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTEGRATION_WEBINAR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTEGRATION_WEBINAR_VALUE = 4;

	/**
	 * An array of all the '<em><b>Source Document</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SourceDocument[] VALUES_ARRAY =
		new SourceDocument[] {
			WISE_EMPLOYER_TOOLKIT,
			TRANSCOM_QA,
			PROVIDERS_HANDBOOK,
			INTEGRATION_WEBINAR,
		};

	/**
	 * A public read-only list of all the '<em><b>Source Document</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SourceDocument> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Source Document</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SourceDocument get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SourceDocument result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Source Document</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SourceDocument getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SourceDocument result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Source Document</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SourceDocument get(int value) {
		switch (value) {
			case WISE_EMPLOYER_TOOLKIT_VALUE: return WISE_EMPLOYER_TOOLKIT;
			case TRANSCOM_QA_VALUE: return TRANSCOM_QA;
			case PROVIDERS_HANDBOOK_VALUE: return PROVIDERS_HANDBOOK;
			case INTEGRATION_WEBINAR_VALUE: return INTEGRATION_WEBINAR;
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
	private SourceDocument(int value, String name, String literal) {
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
	
} //SourceDocument
