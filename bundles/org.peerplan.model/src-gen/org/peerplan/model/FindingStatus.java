/**
 */
package org.peerplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Finding Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.peerplan.model.PeerPlanPackage#getFindingStatus()
 * @model
 * @generated
 */
public enum FindingStatus implements Enumerator {
	/**
	 * The '<em><b>NOT REVIEWED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_REVIEWED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_REVIEWED(0, "NOT_REVIEWED", "NOT_REVIEWED"),

	/**
	 * The '<em><b>ALIGNED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALIGNED_VALUE
	 * @generated
	 * @ordered
	 */
	ALIGNED(1, "ALIGNED", "ALIGNED"),

	/**
	 * The '<em><b>NEEDS REVISION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEEDS_REVISION_VALUE
	 * @generated
	 * @ordered
	 */
	NEEDS_REVISION(2, "NEEDS_REVISION", "NEEDS_REVISION"),

	/**
	 * The '<em><b>BARRIER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BARRIER_VALUE
	 * @generated
	 * @ordered
	 */
	BARRIER(3, "BARRIER", "BARRIER");

	/**
	 * The '<em><b>NOT REVIEWED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_REVIEWED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_REVIEWED_VALUE = 0;

	/**
	 * The '<em><b>ALIGNED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALIGNED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ALIGNED_VALUE = 1;

	/**
	 * The '<em><b>NEEDS REVISION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEEDS_REVISION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NEEDS_REVISION_VALUE = 2;

	/**
	 * The '<em><b>BARRIER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BARRIER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BARRIER_VALUE = 3;

	/**
	 * An array of all the '<em><b>Finding Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FindingStatus[] VALUES_ARRAY =
		new FindingStatus[] {
			NOT_REVIEWED,
			ALIGNED,
			NEEDS_REVISION,
			BARRIER,
		};

	/**
	 * A public read-only list of all the '<em><b>Finding Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FindingStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Finding Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FindingStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FindingStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Finding Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FindingStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FindingStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Finding Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FindingStatus get(int value) {
		switch (value) {
			case NOT_REVIEWED_VALUE: return NOT_REVIEWED;
			case ALIGNED_VALUE: return ALIGNED;
			case NEEDS_REVISION_VALUE: return NEEDS_REVISION;
			case BARRIER_VALUE: return BARRIER;
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
	private FindingStatus(int value, String name, String literal) {
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
	
} //FindingStatus
