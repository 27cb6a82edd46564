/**
 */
package org.peerplan.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.peerplan.model.OutcomeMeasure;
import org.peerplan.model.PeerPlanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Outcome Measure</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.OutcomeMeasureImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.peerplan.model.impl.OutcomeMeasureImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.peerplan.model.impl.OutcomeMeasureImpl#isRecoveryBased <em>Recovery Based</em>}</li>
 *   <li>{@link org.peerplan.model.impl.OutcomeMeasureImpl#isDefinedWithPeers <em>Defined With Peers</em>}</li>
 *   <li>{@link org.peerplan.model.impl.OutcomeMeasureImpl#getDataSource <em>Data Source</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OutcomeMeasureImpl extends MinimalEObjectImpl.Container implements OutcomeMeasure {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #isRecoveryBased() <em>Recovery Based</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRecoveryBased()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RECOVERY_BASED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRecoveryBased() <em>Recovery Based</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRecoveryBased()
	 * @generated
	 * @ordered
	 */
	protected boolean recoveryBased = RECOVERY_BASED_EDEFAULT;

	/**
	 * The default value of the '{@link #isDefinedWithPeers() <em>Defined With Peers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDefinedWithPeers()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DEFINED_WITH_PEERS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDefinedWithPeers() <em>Defined With Peers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDefinedWithPeers()
	 * @generated
	 * @ordered
	 */
	protected boolean definedWithPeers = DEFINED_WITH_PEERS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDataSource() <em>Data Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSource()
	 * @generated
	 * @ordered
	 */
	protected static final String DATA_SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDataSource() <em>Data Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSource()
	 * @generated
	 * @ordered
	 */
	protected String dataSource = DATA_SOURCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OutcomeMeasureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.OUTCOME_MEASURE;
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
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.OUTCOME_MEASURE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.OUTCOME_MEASURE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRecoveryBased() {
		return recoveryBased;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecoveryBased(boolean newRecoveryBased) {
		boolean oldRecoveryBased = recoveryBased;
		recoveryBased = newRecoveryBased;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.OUTCOME_MEASURE__RECOVERY_BASED, oldRecoveryBased, recoveryBased));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDefinedWithPeers() {
		return definedWithPeers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefinedWithPeers(boolean newDefinedWithPeers) {
		boolean oldDefinedWithPeers = definedWithPeers;
		definedWithPeers = newDefinedWithPeers;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.OUTCOME_MEASURE__DEFINED_WITH_PEERS, oldDefinedWithPeers, definedWithPeers));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDataSource() {
		return dataSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataSource(String newDataSource) {
		String oldDataSource = dataSource;
		dataSource = newDataSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.OUTCOME_MEASURE__DATA_SOURCE, oldDataSource, dataSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PeerPlanPackage.OUTCOME_MEASURE__NAME:
				return getName();
			case PeerPlanPackage.OUTCOME_MEASURE__DESCRIPTION:
				return getDescription();
			case PeerPlanPackage.OUTCOME_MEASURE__RECOVERY_BASED:
				return isRecoveryBased();
			case PeerPlanPackage.OUTCOME_MEASURE__DEFINED_WITH_PEERS:
				return isDefinedWithPeers();
			case PeerPlanPackage.OUTCOME_MEASURE__DATA_SOURCE:
				return getDataSource();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PeerPlanPackage.OUTCOME_MEASURE__NAME:
				setName((String)newValue);
				return;
			case PeerPlanPackage.OUTCOME_MEASURE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case PeerPlanPackage.OUTCOME_MEASURE__RECOVERY_BASED:
				setRecoveryBased((Boolean)newValue);
				return;
			case PeerPlanPackage.OUTCOME_MEASURE__DEFINED_WITH_PEERS:
				setDefinedWithPeers((Boolean)newValue);
				return;
			case PeerPlanPackage.OUTCOME_MEASURE__DATA_SOURCE:
				setDataSource((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PeerPlanPackage.OUTCOME_MEASURE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PeerPlanPackage.OUTCOME_MEASURE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case PeerPlanPackage.OUTCOME_MEASURE__RECOVERY_BASED:
				setRecoveryBased(RECOVERY_BASED_EDEFAULT);
				return;
			case PeerPlanPackage.OUTCOME_MEASURE__DEFINED_WITH_PEERS:
				setDefinedWithPeers(DEFINED_WITH_PEERS_EDEFAULT);
				return;
			case PeerPlanPackage.OUTCOME_MEASURE__DATA_SOURCE:
				setDataSource(DATA_SOURCE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PeerPlanPackage.OUTCOME_MEASURE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PeerPlanPackage.OUTCOME_MEASURE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case PeerPlanPackage.OUTCOME_MEASURE__RECOVERY_BASED:
				return recoveryBased != RECOVERY_BASED_EDEFAULT;
			case PeerPlanPackage.OUTCOME_MEASURE__DEFINED_WITH_PEERS:
				return definedWithPeers != DEFINED_WITH_PEERS_EDEFAULT;
			case PeerPlanPackage.OUTCOME_MEASURE__DATA_SOURCE:
				return DATA_SOURCE_EDEFAULT == null ? dataSource != null : !DATA_SOURCE_EDEFAULT.equals(dataSource);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", recoveryBased: ");
		result.append(recoveryBased);
		result.append(", definedWithPeers: ");
		result.append(definedWithPeers);
		result.append(", dataSource: ");
		result.append(dataSource);
		result.append(')');
		return result.toString();
	}

} //OutcomeMeasureImpl
