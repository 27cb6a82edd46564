/**
 */
package org.peerplan.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Risk</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.Risk#getTitle <em>Title</em>}</li>
 *   <li>{@link org.peerplan.model.Risk#getDescription <em>Description</em>}</li>
 *   <li>{@link org.peerplan.model.Risk#getKind <em>Kind</em>}</li>
 *   <li>{@link org.peerplan.model.Risk#getLikelihood <em>Likelihood</em>}</li>
 *   <li>{@link org.peerplan.model.Risk#getImpact <em>Impact</em>}</li>
 *   <li>{@link org.peerplan.model.Risk#getMitigation <em>Mitigation</em>}</li>
 *   <li>{@link org.peerplan.model.Risk#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.peerplan.model.Risk#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getRisk()
 * @model
 * @generated
 */
public interface Risk extends EObject {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.peerplan.model.PeerPlanPackage#getRisk_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Risk#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.peerplan.model.PeerPlanPackage#getRisk_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Risk#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.RiskKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.peerplan.model.RiskKind
	 * @see #setKind(RiskKind)
	 * @see org.peerplan.model.PeerPlanPackage#getRisk_Kind()
	 * @model
	 * @generated
	 */
	RiskKind getKind();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Risk#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.peerplan.model.RiskKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RiskKind value);

	/**
	 * Returns the value of the '<em><b>Likelihood</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.RiskLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Likelihood</em>' attribute.
	 * @see org.peerplan.model.RiskLevel
	 * @see #setLikelihood(RiskLevel)
	 * @see org.peerplan.model.PeerPlanPackage#getRisk_Likelihood()
	 * @model
	 * @generated
	 */
	RiskLevel getLikelihood();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Risk#getLikelihood <em>Likelihood</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Likelihood</em>' attribute.
	 * @see org.peerplan.model.RiskLevel
	 * @see #getLikelihood()
	 * @generated
	 */
	void setLikelihood(RiskLevel value);

	/**
	 * Returns the value of the '<em><b>Impact</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.RiskLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Impact</em>' attribute.
	 * @see org.peerplan.model.RiskLevel
	 * @see #setImpact(RiskLevel)
	 * @see org.peerplan.model.PeerPlanPackage#getRisk_Impact()
	 * @model
	 * @generated
	 */
	RiskLevel getImpact();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Risk#getImpact <em>Impact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Impact</em>' attribute.
	 * @see org.peerplan.model.RiskLevel
	 * @see #getImpact()
	 * @generated
	 */
	void setImpact(RiskLevel value);

	/**
	 * Returns the value of the '<em><b>Mitigation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mitigation</em>' attribute.
	 * @see #setMitigation(String)
	 * @see org.peerplan.model.PeerPlanPackage#getRisk_Mitigation()
	 * @model
	 * @generated
	 */
	String getMitigation();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Risk#getMitigation <em>Mitigation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mitigation</em>' attribute.
	 * @see #getMitigation()
	 * @generated
	 */
	void setMitigation(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Person)
	 * @see org.peerplan.model.PeerPlanPackage#getRisk_Owner()
	 * @model
	 * @generated
	 */
	Person getOwner();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Risk#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Person value);

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' reference list.
	 * The list contents are of type {@link org.peerplan.model.Action}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actions</em>' reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getRisk_Actions()
	 * @model
	 * @generated
	 */
	EList<Action> getActions();

} // Risk
