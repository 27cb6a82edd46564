/**
 */
package org.peerplan.model;

import org.eclipse.emf.ecore.EObject;

import org.peerplan.model.catalog.EvaluationCategoryDef;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Category Comment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.CategoryComment#getCategory <em>Category</em>}</li>
 *   <li>{@link org.peerplan.model.CategoryComment#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getCategoryComment()
 * @model
 * @generated
 */
public interface CategoryComment extends EObject {
	/**
	 * Returns the value of the '<em><b>Category</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' reference.
	 * @see #setCategory(EvaluationCategoryDef)
	 * @see org.peerplan.model.PeerPlanPackage#getCategoryComment_Category()
	 * @model required="true"
	 * @generated
	 */
	EvaluationCategoryDef getCategory();

	/**
	 * Sets the value of the '{@link org.peerplan.model.CategoryComment#getCategory <em>Category</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' reference.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(EvaluationCategoryDef value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see org.peerplan.model.PeerPlanPackage#getCategoryComment_Comment()
	 * @model annotation="http://www.peerplan.org/personal-data kind='evaluation'"
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link org.peerplan.model.CategoryComment#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

} // CategoryComment
