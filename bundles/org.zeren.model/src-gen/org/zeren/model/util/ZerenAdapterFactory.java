/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.zeren.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.zeren.model.ZerenPackage
 * @generated
 */
public class ZerenAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ZerenPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ZerenAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = ZerenPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ZerenSwitch<Adapter> modelSwitch =
		new ZerenSwitch<Adapter>() {
			@Override
			public Adapter caseResponsibilityModel(ResponsibilityModel object) {
				return createResponsibilityModelAdapter();
			}
			@Override
			public Adapter caseModelElement(ModelElement object) {
				return createModelElementAdapter();
			}
			@Override
			public Adapter caseParty(Party object) {
				return createPartyAdapter();
			}
			@Override
			public Adapter caseCommittee(Committee object) {
				return createCommitteeAdapter();
			}
			@Override
			public Adapter caseDepartment(Department object) {
				return createDepartmentAdapter();
			}
			@Override
			public Adapter caseEnterprise(Enterprise object) {
				return createEnterpriseAdapter();
			}
			@Override
			public Adapter casePost(Post object) {
				return createPostAdapter();
			}
			@Override
			public Adapter caseSupervision(Supervision object) {
				return createSupervisionAdapter();
			}
			@Override
			public Adapter caseDutyList(DutyList object) {
				return createDutyListAdapter();
			}
			@Override
			public Adapter caseDuty(Duty object) {
				return createDutyAdapter();
			}
			@Override
			public Adapter caseResponsibility(Responsibility object) {
				return createResponsibilityAdapter();
			}
			@Override
			public Adapter casePower(Power object) {
				return createPowerAdapter();
			}
			@Override
			public Adapter caseObligation(Obligation object) {
				return createObligationAdapter();
			}
			@Override
			public Adapter caseDutyGroup(DutyGroup object) {
				return createDutyGroupAdapter();
			}
			@Override
			public Adapter caseColumnValue(ColumnValue object) {
				return createColumnValueAdapter();
			}
			@Override
			public Adapter caseLegalReference(LegalReference object) {
				return createLegalReferenceAdapter();
			}
			@Override
			public Adapter caseLegalBasis(LegalBasis object) {
				return createLegalBasisAdapter();
			}
			@Override
			public Adapter caseLegalBasisVersion(LegalBasisVersion object) {
				return createLegalBasisVersionAdapter();
			}
			@Override
			public Adapter caseWorkArea(WorkArea object) {
				return createWorkAreaAdapter();
			}
			@Override
			public Adapter caseWorkPlan(WorkPlan object) {
				return createWorkPlanAdapter();
			}
			@Override
			public Adapter casePlanSection(PlanSection object) {
				return createPlanSectionAdapter();
			}
			@Override
			public Adapter casePlanTask(PlanTask object) {
				return createPlanTaskAdapter();
			}
			@Override
			public Adapter caseAssessmentIndicator(AssessmentIndicator object) {
				return createAssessmentIndicatorAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.zeren.model.ResponsibilityModel <em>Responsibility Model</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.zeren.model.ResponsibilityModel
	 * @generated
	 */
	public Adapter createResponsibilityModelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.zeren.model.ModelElement <em>Model Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.zeren.model.ModelElement
	 * @generated
	 */
	public Adapter createModelElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.zeren.model.Party <em>Party</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.zeren.model.Party
	 * @generated
	 */
	public Adapter createPartyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.zeren.model.Committee <em>Committee</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.zeren.model.Committee
	 * @generated
	 */
	public Adapter createCommitteeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.zeren.model.Department <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.zeren.model.Department
	 * @generated
	 */
	public Adapter createDepartmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.zeren.model.Enterprise <em>Enterprise</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.zeren.model.Enterprise
	 * @generated
	 */
	public Adapter createEnterpriseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.zeren.model.Post <em>Post</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.zeren.model.Post
	 * @generated
	 */
	public Adapter createPostAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.zeren.model.Supervision <em>Supervision</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.zeren.model.Supervision
	 * @generated
	 */
	public Adapter createSupervisionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.zeren.model.DutyList <em>Duty List</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.zeren.model.DutyList
	 * @generated
	 */
	public Adapter createDutyListAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.zeren.model.Duty <em>Duty</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.zeren.model.Duty
	 * @generated
	 */
	public Adapter createDutyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.zeren.model.Responsibility <em>Responsibility</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.zeren.model.Responsibility
	 * @generated
	 */
	public Adapter createResponsibilityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.zeren.model.Power <em>Power</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.zeren.model.Power
	 * @generated
	 */
	public Adapter createPowerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.zeren.model.Obligation <em>Obligation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.zeren.model.Obligation
	 * @generated
	 */
	public Adapter createObligationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.zeren.model.DutyGroup <em>Duty Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.zeren.model.DutyGroup
	 * @generated
	 */
	public Adapter createDutyGroupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.zeren.model.ColumnValue <em>Column Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.zeren.model.ColumnValue
	 * @generated
	 */
	public Adapter createColumnValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.zeren.model.LegalReference <em>Legal Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.zeren.model.LegalReference
	 * @generated
	 */
	public Adapter createLegalReferenceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.zeren.model.LegalBasis <em>Legal Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.zeren.model.LegalBasis
	 * @generated
	 */
	public Adapter createLegalBasisAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.zeren.model.LegalBasisVersion <em>Legal Basis Version</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.zeren.model.LegalBasisVersion
	 * @generated
	 */
	public Adapter createLegalBasisVersionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.zeren.model.WorkArea <em>Work Area</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.zeren.model.WorkArea
	 * @generated
	 */
	public Adapter createWorkAreaAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.zeren.model.WorkPlan <em>Work Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.zeren.model.WorkPlan
	 * @generated
	 */
	public Adapter createWorkPlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.zeren.model.PlanSection <em>Plan Section</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.zeren.model.PlanSection
	 * @generated
	 */
	public Adapter createPlanSectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.zeren.model.PlanTask <em>Plan Task</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.zeren.model.PlanTask
	 * @generated
	 */
	public Adapter createPlanTaskAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.zeren.model.AssessmentIndicator <em>Assessment Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.zeren.model.AssessmentIndicator
	 * @generated
	 */
	public Adapter createAssessmentIndicatorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //ZerenAdapterFactory
