/**
 */
package org.peerplan.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Outcome Measure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.OutcomeMeasure#getName <em>Name</em>}</li>
 *   <li>{@link org.peerplan.model.OutcomeMeasure#getDescription <em>Description</em>}</li>
 *   <li>{@link org.peerplan.model.OutcomeMeasure#isRecoveryBased <em>Recovery Based</em>}</li>
 *   <li>{@link org.peerplan.model.OutcomeMeasure#isDefinedWithPeers <em>Defined With Peers</em>}</li>
 *   <li>{@link org.peerplan.model.OutcomeMeasure#getDataSource <em>Data Source</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getOutcomeMeasure()
 * @model
 * @generated
 */
public interface OutcomeMeasure extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.peerplan.model.PeerPlanPackage#getOutcomeMeasure_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.peerplan.model.OutcomeMeasure#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.peerplan.model.PeerPlanPackage#getOutcomeMeasure_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.peerplan.model.OutcomeMeasure#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Recovery Based</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recovery Based</em>' attribute.
	 * @see #setRecoveryBased(boolean)
	 * @see org.peerplan.model.PeerPlanPackage#getOutcomeMeasure_RecoveryBased()
	 * @model
	 * @generated
	 */
	boolean isRecoveryBased();

	/**
	 * Sets the value of the '{@link org.peerplan.model.OutcomeMeasure#isRecoveryBased <em>Recovery Based</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recovery Based</em>' attribute.
	 * @see #isRecoveryBased()
	 * @generated
	 */
	void setRecoveryBased(boolean value);

	/**
	 * Returns the value of the '<em><b>Defined With Peers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Defined With Peers</em>' attribute.
	 * @see #setDefinedWithPeers(boolean)
	 * @see org.peerplan.model.PeerPlanPackage#getOutcomeMeasure_DefinedWithPeers()
	 * @model
	 * @generated
	 */
	boolean isDefinedWithPeers();

	/**
	 * Sets the value of the '{@link org.peerplan.model.OutcomeMeasure#isDefinedWithPeers <em>Defined With Peers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Defined With Peers</em>' attribute.
	 * @see #isDefinedWithPeers()
	 * @generated
	 */
	void setDefinedWithPeers(boolean value);

	/**
	 * Returns the value of the '<em><b>Data Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Source</em>' attribute.
	 * @see #setDataSource(String)
	 * @see org.peerplan.model.PeerPlanPackage#getOutcomeMeasure_DataSource()
	 * @model
	 * @generated
	 */
	String getDataSource();

	/**
	 * Sets the value of the '{@link org.peerplan.model.OutcomeMeasure#getDataSource <em>Data Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Source</em>' attribute.
	 * @see #getDataSource()
	 * @generated
	 */
	void setDataSource(String value);

} // OutcomeMeasure
