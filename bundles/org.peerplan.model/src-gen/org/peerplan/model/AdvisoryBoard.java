/**
 */
package org.peerplan.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Advisory Board</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.AdvisoryBoard#getName <em>Name</em>}</li>
 *   <li>{@link org.peerplan.model.AdvisoryBoard#getServiceUserMembers <em>Service User Members</em>}</li>
 *   <li>{@link org.peerplan.model.AdvisoryBoard#getMembers <em>Members</em>}</li>
 *   <li>{@link org.peerplan.model.AdvisoryBoard#getEstablished <em>Established</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getAdvisoryBoard()
 * @model
 * @generated
 */
public interface AdvisoryBoard extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.peerplan.model.PeerPlanPackage#getAdvisoryBoard_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.peerplan.model.AdvisoryBoard#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Service User Members</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many members receive or have received the agency's services.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service User Members</em>' attribute.
	 * @see #setServiceUserMembers(int)
	 * @see org.peerplan.model.PeerPlanPackage#getAdvisoryBoard_ServiceUserMembers()
	 * @model
	 * @generated
	 */
	int getServiceUserMembers();

	/**
	 * Sets the value of the '{@link org.peerplan.model.AdvisoryBoard#getServiceUserMembers <em>Service User Members</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service User Members</em>' attribute.
	 * @see #getServiceUserMembers()
	 * @generated
	 */
	void setServiceUserMembers(int value);

	/**
	 * Returns the value of the '<em><b>Members</b></em>' reference list.
	 * The list contents are of type {@link org.peerplan.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Members</em>' reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getAdvisoryBoard_Members()
	 * @model
	 * @generated
	 */
	EList<Person> getMembers();

	/**
	 * Returns the value of the '<em><b>Established</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Established</em>' attribute.
	 * @see #setEstablished(LocalDate)
	 * @see org.peerplan.model.PeerPlanPackage#getAdvisoryBoard_Established()
	 * @model dataType="org.peerplan.model.LocalDate"
	 * @generated
	 */
	LocalDate getEstablished();

	/**
	 * Sets the value of the '{@link org.peerplan.model.AdvisoryBoard#getEstablished <em>Established</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Established</em>' attribute.
	 * @see #getEstablished()
	 * @generated
	 */
	void setEstablished(LocalDate value);

} // AdvisoryBoard
