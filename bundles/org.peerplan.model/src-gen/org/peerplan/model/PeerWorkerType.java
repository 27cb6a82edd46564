/**
 */
package org.peerplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Peer Worker Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.peerplan.model.PeerPlanPackage#getPeerWorkerType()
 * @model
 * @generated
 */
public enum PeerWorkerType implements Enumerator {
	/**
	 * The '<em><b>PEER SUPPORT SPECIALIST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PEER_SUPPORT_SPECIALIST_VALUE
	 * @generated
	 * @ordered
	 */
	PEER_SUPPORT_SPECIALIST(0, "PEER_SUPPORT_SPECIALIST", "PEER_SUPPORT_SPECIALIST"),

	/**
	 * The '<em><b>PEER RECOVERY COACH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PEER_RECOVERY_COACH_VALUE
	 * @generated
	 * @ordered
	 */
	PEER_RECOVERY_COACH(1, "PEER_RECOVERY_COACH", "PEER_RECOVERY_COACH"),

	/**
	 * The '<em><b>PEER ADVOCATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PEER_ADVOCATE_VALUE
	 * @generated
	 * @ordered
	 */
	PEER_ADVOCATE(2, "PEER_ADVOCATE", "PEER_ADVOCATE"),

	/**
	 * The '<em><b>PEER MENTOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PEER_MENTOR_VALUE
	 * @generated
	 * @ordered
	 */
	PEER_MENTOR(3, "PEER_MENTOR", "PEER_MENTOR"),

	/**
	 * The '<em><b>CERTIFIED PEER SPECIALIST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CERTIFIED_PEER_SPECIALIST_VALUE
	 * @generated
	 * @ordered
	 */
	CERTIFIED_PEER_SPECIALIST(4, "CERTIFIED_PEER_SPECIALIST", "CERTIFIED_PEER_SPECIALIST"),

	/**
	 * The '<em><b>COMMUNITY BRIDGER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_BRIDGER_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNITY_BRIDGER(5, "COMMUNITY_BRIDGER", "COMMUNITY_BRIDGER"),

	/**
	 * The '<em><b>PEER COORDINATOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PEER_COORDINATOR_VALUE
	 * @generated
	 * @ordered
	 */
	PEER_COORDINATOR(6, "PEER_COORDINATOR", "PEER_COORDINATOR"),

	/**
	 * The '<em><b>FAMILY PEER PARTNER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAMILY_PEER_PARTNER_VALUE
	 * @generated
	 * @ordered
	 */
	FAMILY_PEER_PARTNER(7, "FAMILY_PEER_PARTNER", "FAMILY_PEER_PARTNER"),

	/**
	 * The '<em><b>YOUTH PEER SPECIALIST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YOUTH_PEER_SPECIALIST_VALUE
	 * @generated
	 * @ordered
	 */
	YOUTH_PEER_SPECIALIST(8, "YOUTH_PEER_SPECIALIST", "YOUTH_PEER_SPECIALIST");

	/**
	 * The '<em><b>PEER SUPPORT SPECIALIST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PEER_SUPPORT_SPECIALIST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PEER_SUPPORT_SPECIALIST_VALUE = 0;

	/**
	 * The '<em><b>PEER RECOVERY COACH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PEER_RECOVERY_COACH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PEER_RECOVERY_COACH_VALUE = 1;

	/**
	 * The '<em><b>PEER ADVOCATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PEER_ADVOCATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PEER_ADVOCATE_VALUE = 2;

	/**
	 * The '<em><b>PEER MENTOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PEER_MENTOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PEER_MENTOR_VALUE = 3;

	/**
	 * The '<em><b>CERTIFIED PEER SPECIALIST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CERTIFIED_PEER_SPECIALIST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CERTIFIED_PEER_SPECIALIST_VALUE = 4;

	/**
	 * The '<em><b>COMMUNITY BRIDGER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_BRIDGER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNITY_BRIDGER_VALUE = 5;

	/**
	 * The '<em><b>PEER COORDINATOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PEER_COORDINATOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PEER_COORDINATOR_VALUE = 6;

	/**
	 * The '<em><b>FAMILY PEER PARTNER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAMILY_PEER_PARTNER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FAMILY_PEER_PARTNER_VALUE = 7;

	/**
	 * The '<em><b>YOUTH PEER SPECIALIST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YOUTH_PEER_SPECIALIST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int YOUTH_PEER_SPECIALIST_VALUE = 8;

	/**
	 * An array of all the '<em><b>Peer Worker Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PeerWorkerType[] VALUES_ARRAY =
		new PeerWorkerType[] {
			PEER_SUPPORT_SPECIALIST,
			PEER_RECOVERY_COACH,
			PEER_ADVOCATE,
			PEER_MENTOR,
			CERTIFIED_PEER_SPECIALIST,
			COMMUNITY_BRIDGER,
			PEER_COORDINATOR,
			FAMILY_PEER_PARTNER,
			YOUTH_PEER_SPECIALIST,
		};

	/**
	 * A public read-only list of all the '<em><b>Peer Worker Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PeerWorkerType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Peer Worker Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PeerWorkerType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PeerWorkerType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Peer Worker Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PeerWorkerType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PeerWorkerType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Peer Worker Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PeerWorkerType get(int value) {
		switch (value) {
			case PEER_SUPPORT_SPECIALIST_VALUE: return PEER_SUPPORT_SPECIALIST;
			case PEER_RECOVERY_COACH_VALUE: return PEER_RECOVERY_COACH;
			case PEER_ADVOCATE_VALUE: return PEER_ADVOCATE;
			case PEER_MENTOR_VALUE: return PEER_MENTOR;
			case CERTIFIED_PEER_SPECIALIST_VALUE: return CERTIFIED_PEER_SPECIALIST;
			case COMMUNITY_BRIDGER_VALUE: return COMMUNITY_BRIDGER;
			case PEER_COORDINATOR_VALUE: return PEER_COORDINATOR;
			case FAMILY_PEER_PARTNER_VALUE: return FAMILY_PEER_PARTNER;
			case YOUTH_PEER_SPECIALIST_VALUE: return YOUTH_PEER_SPECIALIST;
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
	private PeerWorkerType(int value, String name, String literal) {
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
	
} //PeerWorkerType
