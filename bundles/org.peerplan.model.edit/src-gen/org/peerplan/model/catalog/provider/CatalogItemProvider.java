/**
 */
package org.peerplan.model.catalog.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.peerplan.model.catalog.Catalog;
import org.peerplan.model.catalog.CatalogFactory;
import org.peerplan.model.catalog.CatalogPackage;

import org.peerplan.model.provider.PeerPlanEditPlugin;

/**
 * This is the item provider adapter for a {@link org.peerplan.model.catalog.Catalog} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CatalogItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CatalogItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addNamePropertyDescriptor(object);
			addVersionPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Catalog_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Catalog_name_feature", "_UI_Catalog_type"),
				 CatalogPackage.Literals.CATALOG__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Catalog_version_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Catalog_version_feature", "_UI_Catalog_type"),
				 CatalogPackage.Literals.CATALOG__VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(CatalogPackage.Literals.CATALOG__QUIZ_ITEMS);
			childrenFeatures.add(CatalogPackage.Literals.CATALOG__READINESS_BANDS);
			childrenFeatures.add(CatalogPackage.Literals.CATALOG__MOTIVATION_QUESTIONS);
			childrenFeatures.add(CatalogPackage.Literals.CATALOG__SURVEY_ITEMS);
			childrenFeatures.add(CatalogPackage.Literals.CATALOG__COMPETENCIES);
			childrenFeatures.add(CatalogPackage.Literals.CATALOG__POLICY_CHECKLIST);
			childrenFeatures.add(CatalogPackage.Literals.CATALOG__PLANNING_ITEMS);
			childrenFeatures.add(CatalogPackage.Literals.CATALOG__RISK_FACTORS);
			childrenFeatures.add(CatalogPackage.Literals.CATALOG__STAGE_TEMPLATES);
			childrenFeatures.add(CatalogPackage.Literals.CATALOG__SPEED_UP_OPTIONS);
			childrenFeatures.add(CatalogPackage.Literals.CATALOG__CONFLICTING_DUTIES);
			childrenFeatures.add(CatalogPackage.Literals.CATALOG__COURSES);
			childrenFeatures.add(CatalogPackage.Literals.CATALOG__EVALUATION_CATEGORIES);
			childrenFeatures.add(CatalogPackage.Literals.CATALOG__JOB_DESCRIPTION_COMPONENTS);
			childrenFeatures.add(CatalogPackage.Literals.CATALOG__LIVED_EXPERIENCE_REQUIREMENTS);
			childrenFeatures.add(CatalogPackage.Literals.CATALOG__CHECKLISTS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Catalog.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Catalog"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Catalog)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Catalog_type") :
			getString("_UI_Catalog_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Catalog.class)) {
			case CatalogPackage.CATALOG__NAME:
			case CatalogPackage.CATALOG__VERSION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case CatalogPackage.CATALOG__QUIZ_ITEMS:
			case CatalogPackage.CATALOG__READINESS_BANDS:
			case CatalogPackage.CATALOG__MOTIVATION_QUESTIONS:
			case CatalogPackage.CATALOG__SURVEY_ITEMS:
			case CatalogPackage.CATALOG__COMPETENCIES:
			case CatalogPackage.CATALOG__POLICY_CHECKLIST:
			case CatalogPackage.CATALOG__PLANNING_ITEMS:
			case CatalogPackage.CATALOG__RISK_FACTORS:
			case CatalogPackage.CATALOG__STAGE_TEMPLATES:
			case CatalogPackage.CATALOG__SPEED_UP_OPTIONS:
			case CatalogPackage.CATALOG__CONFLICTING_DUTIES:
			case CatalogPackage.CATALOG__COURSES:
			case CatalogPackage.CATALOG__EVALUATION_CATEGORIES:
			case CatalogPackage.CATALOG__JOB_DESCRIPTION_COMPONENTS:
			case CatalogPackage.CATALOG__LIVED_EXPERIENCE_REQUIREMENTS:
			case CatalogPackage.CATALOG__CHECKLISTS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.CATALOG__QUIZ_ITEMS,
				 CatalogFactory.eINSTANCE.createQuizItemDef()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.CATALOG__READINESS_BANDS,
				 CatalogFactory.eINSTANCE.createReadinessBandDef()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.CATALOG__MOTIVATION_QUESTIONS,
				 CatalogFactory.eINSTANCE.createMotivationQuestionDef()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.CATALOG__SURVEY_ITEMS,
				 CatalogFactory.eINSTANCE.createSurveyItemDef()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.CATALOG__COMPETENCIES,
				 CatalogFactory.eINSTANCE.createCompetencyDef()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.CATALOG__POLICY_CHECKLIST,
				 CatalogFactory.eINSTANCE.createPolicyCheckItemDef()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.CATALOG__PLANNING_ITEMS,
				 CatalogFactory.eINSTANCE.createPlanningItemDef()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.CATALOG__RISK_FACTORS,
				 CatalogFactory.eINSTANCE.createRiskFactorDef()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.CATALOG__STAGE_TEMPLATES,
				 CatalogFactory.eINSTANCE.createStageTemplate()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.CATALOG__SPEED_UP_OPTIONS,
				 CatalogFactory.eINSTANCE.createSpeedUpOptionDef()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.CATALOG__CONFLICTING_DUTIES,
				 CatalogFactory.eINSTANCE.createConflictingDutyDef()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.CATALOG__COURSES,
				 CatalogFactory.eINSTANCE.createCourseDef()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.CATALOG__EVALUATION_CATEGORIES,
				 CatalogFactory.eINSTANCE.createEvaluationCategoryDef()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.CATALOG__JOB_DESCRIPTION_COMPONENTS,
				 CatalogFactory.eINSTANCE.createJobDescriptionComponentDef()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.CATALOG__LIVED_EXPERIENCE_REQUIREMENTS,
				 CatalogFactory.eINSTANCE.createLivedExperienceRequirementDef()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.CATALOG__CHECKLISTS,
				 CatalogFactory.eINSTANCE.createChecklistDef()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return PeerPlanEditPlugin.INSTANCE;
	}

}
