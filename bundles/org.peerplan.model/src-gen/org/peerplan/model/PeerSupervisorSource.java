/**
 */
package org.peerplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Peer Supervisor Source</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.peerplan.model.PeerPlanPackage#getPeerSupervisorSource()
 * @model
 * @generated
 */
public enum PeerSupervisorSource implements Enumerator {
	/**
	 * The '<em><b>NONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(0, "NONE", "NONE"),

	/**
	 * The '<em><b>ON STAFF EXPERIENCED PEER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ON_STAFF_EXPERIENCED_PEER_VALUE
	 * @generated
	 * @ordered
	 */
	ON_STAFF_EXPERIENCED_PEER(1, "ON_STAFF_EXPERIENCED_PEER", "ON_STAFF_EXPERIENCED_PEER"),

	/**
	 * The '<em><b>CONTRACTED OTHER AGENCY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTRACTED_OTHER_AGENCY_VALUE
	 * @generated
	 * @ordered
	 */
	CONTRACTED_OTHER_AGENCY(2, "CONTRACTED_OTHER_AGENCY", "CONTRACTED_OTHER_AGENCY"),

	/**
	 * The '<em><b>LOCAL PEER RUN AGENCY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_PEER_RUN_AGENCY_VALUE
	 * @generated
	 * @ordered
	 */
	LOCAL_PEER_RUN_AGENCY(3, "LOCAL_PEER_RUN_AGENCY", "LOCAL_PEER_RUN_AGENCY"),

	/**
	 * The '<em><b>REMOTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REMOTE_VALUE
	 * @generated
	 * @ordered
	 */
	REMOTE(4, "REMOTE", "REMOTE"),

	/**
	 * The '<em><b>PEER NETWORKING GROUP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PEER_NETWORKING_GROUP_VALUE
	 * @generated
	 * @ordered
	 */
	PEER_NETWORKING_GROUP(5, "PEER_NETWORKING_GROUP", "PEER_NETWORKING_GROUP"),

	/**
	 * The '<em><b>SUBCONTRACTED EMPLOYER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBCONTRACTED_EMPLOYER_VALUE
	 * @generated
	 * @ordered
	 */
	SUBCONTRACTED_EMPLOYER(6, "SUBCONTRACTED_EMPLOYER", "SUBCONTRACTED_EMPLOYER");

	/**
	 * The '<em><b>NONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 0;

	/**
	 * The '<em><b>ON STAFF EXPERIENCED PEER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ON_STAFF_EXPERIENCED_PEER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ON_STAFF_EXPERIENCED_PEER_VALUE = 1;

	/**
	 * The '<em><b>CONTRACTED OTHER AGENCY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTRACTED_OTHER_AGENCY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONTRACTED_OTHER_AGENCY_VALUE = 2;

	/**
	 * The '<em><b>LOCAL PEER RUN AGENCY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_PEER_RUN_AGENCY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOCAL_PEER_RUN_AGENCY_VALUE = 3;

	/**
	 * The '<em><b>REMOTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REMOTE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REMOTE_VALUE = 4;

	/**
	 * The '<em><b>PEER NETWORKING GROUP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PEER_NETWORKING_GROUP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PEER_NETWORKING_GROUP_VALUE = 5;

	/**
	 * The '<em><b>SUBCONTRACTED EMPLOYER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBCONTRACTED_EMPLOYER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUBCONTRACTED_EMPLOYER_VALUE = 6;

	/**
	 * An array of all the '<em><b>Peer Supervisor Source</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PeerSupervisorSource[] VALUES_ARRAY =
		new PeerSupervisorSource[] {
			NONE,
			ON_STAFF_EXPERIENCED_PEER,
			CONTRACTED_OTHER_AGENCY,
			LOCAL_PEER_RUN_AGENCY,
			REMOTE,
			PEER_NETWORKING_GROUP,
			SUBCONTRACTED_EMPLOYER,
		};

	/**
	 * A public read-only list of all the '<em><b>Peer Supervisor Source</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PeerSupervisorSource> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Peer Supervisor Source</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PeerSupervisorSource get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PeerSupervisorSource result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Peer Supervisor Source</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PeerSupervisorSource getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PeerSupervisorSource result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Peer Supervisor Source</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PeerSupervisorSource get(int value) {
		switch (value) {
			case NONE_VALUE: return NONE;
			case ON_STAFF_EXPERIENCED_PEER_VALUE: return ON_STAFF_EXPERIENCED_PEER;
			case CONTRACTED_OTHER_AGENCY_VALUE: return CONTRACTED_OTHER_AGENCY;
			case LOCAL_PEER_RUN_AGENCY_VALUE: return LOCAL_PEER_RUN_AGENCY;
			case REMOTE_VALUE: return REMOTE;
			case PEER_NETWORKING_GROUP_VALUE: return PEER_NETWORKING_GROUP;
			case SUBCONTRACTED_EMPLOYER_VALUE: return SUBCONTRACTED_EMPLOYER;
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
	private PeerSupervisorSource(int value, String name, String literal) {
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
	
} //PeerSupervisorSource
